namespace OrderKernel;

/// <summary>A credit note was issued against an invoice (R43).</summary>
/// <param name="CreditNote">The credit note.</param>
public sealed record CreditNoteIssued(CreditNote CreditNote) : OrderEvent;
