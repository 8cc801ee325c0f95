using NodaTime;

namespace OrderKernel;

/// <summary>A numbered credit note correcting an invoice (R43, R45).</summary>
/// <param name="Number">The credit note number from the numbering policy, e.g. <c>CN-2026-000003</c>.</param>
/// <param name="Sequence">The host's sequence value it was formatted from.</param>
/// <param name="InvoiceNumber">The invoice it corrects.</param>
/// <param name="Amount">The credited amount: at most what is left of that invoice.</param>
/// <param name="Reason">Why.</param>
/// <param name="IssuedAt">When it was issued.</param>
public sealed record CreditNote(string Number, long Sequence, string InvoiceNumber, Money Amount, string Reason, Instant IssuedAt);
