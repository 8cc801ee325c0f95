using NodaTime;

namespace OrderKernel;

/// <summary>A numbered invoice (R43), for the whole order's remaining amount or for one delivery.</summary>
/// <param name="Number">The invoice number from the numbering policy, e.g. <c>INV-2026-000007</c>.</param>
/// <param name="Sequence">The host's sequence value it was formatted from.</param>
/// <param name="Amount">The invoiced amount.</param>
/// <param name="Shipment">The delivery it invoices (1 for the first shipment), or <see langword="null"/> for the whole order.</param>
/// <param name="IssuedAt">When it was issued.</param>
public sealed record Invoice(string Number, long Sequence, Money Amount, int? Shipment, Instant IssuedAt);

/// <summary>A numbered credit note correcting an invoice (R43, R45).</summary>
/// <param name="Number">The credit note number from the numbering policy, e.g. <c>CN-2026-000003</c>.</param>
/// <param name="Sequence">The host's sequence value it was formatted from.</param>
/// <param name="InvoiceNumber">The invoice it corrects.</param>
/// <param name="Amount">The credited amount: at most what is left of that invoice.</param>
/// <param name="Reason">Why.</param>
/// <param name="IssuedAt">When it was issued.</param>
public sealed record CreditNote(string Number, long Sequence, string InvoiceNumber, Money Amount, string Reason, Instant IssuedAt);

/// <summary>
/// Finance issues a numbered invoice (R43): for one delivery (<paramref name="Shipment"/>, its shipped quantities at the
/// net quoted prices) or, with no shipment, for what is left to invoice of the order (the contract amount with its applied
/// changes and the delivered-quantity true-up, less what is already invoiced net of credit notes). The stated amount is
/// checked against that: a difference is refused with the amount expected.
/// </summary>
/// <param name="Sequence">The next value of the host's invoice sequence; positive.</param>
/// <param name="Amount">The amount finance states on the invoice.</param>
/// <param name="Shipment">The delivery invoiced (1 for the first shipment), or <see langword="null"/> for the whole order.</param>
public sealed record IssueInvoice(long Sequence, Money Amount, int? Shipment = null) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.IssueInvoice;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence).Money("amount", Amount);
}

/// <summary>Finance issues a numbered credit note against an invoice (R43): at most what is left of that invoice.</summary>
/// <param name="Sequence">The next value of the host's credit note sequence; positive.</param>
/// <param name="InvoiceNumber">The invoice it corrects.</param>
/// <param name="Amount">The credited amount.</param>
/// <param name="Reason">Why (returned goods, a price error, …).</param>
public sealed record IssueCreditNote(long Sequence, string InvoiceNumber, Money Amount, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.IssueCreditNote;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence).Key("invoiceNumber", InvoiceNumber).Money("amount", Amount).Text("reason", Reason);
}

/// <summary>An invoice was issued (R43).</summary>
/// <param name="Invoice">The invoice.</param>
public sealed record InvoiceIssued(Invoice Invoice) : OrderEvent;

/// <summary>A credit note was issued against an invoice (R43).</summary>
/// <param name="CreditNote">The credit note.</param>
public sealed record CreditNoteIssued(CreditNote CreditNote) : OrderEvent;
