using System.Text.Json.Serialization;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Prepare the quotation for a reviewed order (R12–R13).</summary>
/// <param name="Sequence">The next value of the host's quotation sequence; positive.</param>
/// <param name="Prices">One price per order line.</param>
/// <param name="ValidUntil">The last day of validity in the customer's time zone.</param>
public sealed record PrepareQuotation(long Sequence, ValueList<QuotationPrice> Prices, LocalDate ValidUntil) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.PrepareQuotation;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence).Prices("prices", Prices).Date("validUntil", ValidUntil);
}

/// <summary>Issue a new revision after negotiation (R13); the previous one is kept, its approvals lapse.</summary>
/// <param name="Prices">One price per order line.</param>
/// <param name="ValidUntil">The last day of validity.</param>
/// <param name="Reason">Why it is revised.</param>
public sealed record ReviseQuotation(ValueList<QuotationPrice> Prices, LocalDate ValidUntil, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReviseQuotation;

    internal override void CheckInput(InputCheck c) => c.Prices("prices", Prices).Date("validUntil", ValidUntil).Text("reason", Reason);
}

/// <summary>Approve the current revision at the next required level (R8).</summary>
/// <param name="Level">The level the actor approves at.</param>
/// <param name="Comments">The comments.</param>
public sealed record ApproveQuotation(ApprovalLevel Level, string Comments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApproveQuotation;

    internal override void CheckInput(InputCheck c) => c.Defined("level", Level).OptionalText("comments", Comments);
}

/// <summary>Reject the current revision at the next required level (R8); one rejection rejects.</summary>
/// <param name="Level">The level.</param>
/// <param name="Reason">Why.</param>
public sealed record RejectQuotationApproval(ApprovalLevel Level, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RejectQuotationApproval;

    internal override void CheckInput(InputCheck c) => c.Defined("level", Level).Text("reason", Reason);
}

/// <summary>The customer accepts the current, approved and unexpired revision.</summary>
public sealed record AcceptQuotation : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.AcceptQuotation;
}

/// <summary>The customer declines the quotation; the order is lost.</summary>
/// <param name="Reason">The lost reason.</param>
public sealed record DeclineQuotation(string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.DeclineQuotation;

    internal override void CheckInput(InputCheck c) => c.Text("reason", Reason);
}

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

/// <summary>One level approved the revision with the given fingerprint.</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Level">The level.</param>
/// <param name="Fingerprint">The fingerprint approved.</param>
/// <param name="Comments">The comments.</param>
public sealed record QuotationApproved(int Revision, ApprovalLevel Level, string Fingerprint, string Comments) : OrderEvent;

/// <summary>One level rejected the revision.</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Level">The level.</param>
/// <param name="Reason">Why.</param>
public sealed record QuotationApprovalRejected(int Revision, ApprovalLevel Level, string Reason) : OrderEvent;

/// <summary>The customer accepted the revision.</summary>
/// <param name="Number">The revision's number.</param>
/// <param name="Total">The accepted total.</param>
/// <param name="Fingerprint">The accepted content's fingerprint.</param>
public sealed record QuotationAccepted(string Number, Money Total, string Fingerprint) : OrderEvent;

/// <summary>The customer declined; the order is lost.</summary>
/// <param name="Reason">The lost reason.</param>
public sealed record QuotationDeclined(string Reason) : OrderEvent;
