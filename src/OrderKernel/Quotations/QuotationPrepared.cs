using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>A quotation was prepared.</summary>
/// <param name="Number">The revision's number.</param>
/// <param name="Sequence">The sequence value.</param>
/// <param name="Lines">The quoted lines.</param>
/// <param name="Total">The total.</param>
/// <param name="ValidUntil">The validity date.</param>
/// <param name="DeliveryDate">The quoted delivery date.</param>
/// <param name="Acceptance">The acceptance decision (R9).</param>
/// <param name="RequiredLevels">The approval levels required.</param>
/// <param name="ApprovalExplanation">Why.</param>
/// <param name="Fingerprint">The content fingerprint.</param>
public sealed record QuotationPrepared(string Number, long Sequence, ValueList<QuotationLine> Lines, Money Total, LocalDate ValidUntil, LocalDate? DeliveryDate, AcceptanceDecision Acceptance, ValueList<ApprovalLevel> RequiredLevels, string ApprovalExplanation, string Fingerprint) : OrderEvent;
