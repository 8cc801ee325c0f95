namespace OrderKernel;

/// <summary>An invoice was issued (R43).</summary>
/// <param name="Invoice">The invoice.</param>
public sealed record InvoiceIssued(Invoice Invoice) : OrderEvent;
