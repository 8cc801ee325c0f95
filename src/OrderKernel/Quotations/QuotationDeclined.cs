namespace OrderKernel;

/// <summary>The customer declined; the order is lost.</summary>
/// <param name="Reason">The lost reason.</param>
public sealed record QuotationDeclined(string Reason) : OrderEvent;
