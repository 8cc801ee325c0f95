using System.Text.Json.Serialization;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>A new quotation revision superseded the previous one; approvals carry over only when the approved content is unchanged.</summary>
/// <param name="Number">The new revision's number.</param>
/// <param name="Revision">The new revision.</param>
/// <param name="Lines">The quoted lines.</param>
/// <param name="Total">The total.</param>
/// <param name="ValidUntil">The validity date.</param>
/// <param name="DeliveryDate">The quoted delivery date.</param>
/// <param name="Acceptance">The acceptance decision (R9).</param>
/// <param name="RequiredLevels">The approval levels required.</param>
/// <param name="ApprovalExplanation">Why.</param>
/// <param name="Fingerprint">The content fingerprint.</param>
/// <param name="Reason">Why it was revised.</param>
public sealed record QuotationRevised(string Number, int Revision, ValueList<QuotationLine> Lines, Money Total, LocalDate ValidUntil, LocalDate? DeliveryDate, AcceptanceDecision Acceptance, ValueList<ApprovalLevel> RequiredLevels, string ApprovalExplanation, string Fingerprint, string Reason) : OrderEvent
{
    /// <summary>
    /// Gets a value indicating whether the approvals of unchanged content were withdrawn because the reviser had approved
    /// it (separation of duties, R8): the revision is approved afresh. <see langword="false"/> (and not written to JSON)
    /// otherwise; approvals of changed content never survive a revision.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ApprovalsWithdrawn { get; init; }

}
