using System.Text.Json.Serialization;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>An approval level (R8), in ascending order of authority.</summary>
public enum ApprovalLevel
{
    /// <summary>The department head.</summary>
    DepartmentHead,

    /// <summary>The general manager.</summary>
    GeneralManager,

    /// <summary>The chairman.</summary>
    Chairman,
}

/// <summary>The state of a quotation revision: the quotation sub-machine's states (see <see cref="QuotationLifecycle"/>).</summary>
public enum QuotationStatus
{
    /// <summary>Waiting for the approval levels the amount requires (R8).</summary>
    PendingApproval,

    /// <summary>Every required level approved; it may be accepted.</summary>
    Approved,

    /// <summary>A level rejected it; a new revision is needed.</summary>
    ApprovalRejected,

    /// <summary>The customer accepted it: its terms fix the contract.</summary>
    Accepted,

    /// <summary>The customer declined it.</summary>
    Declined,

    /// <summary>A newer revision replaced it (kept in the history).</summary>
    Superseded,
}

/// <summary>The price quoted for one order line: unit price and discount.</summary>
/// <param name="Line">The order line.</param>
/// <param name="UnitPrice">The unit price, in the order's currency.</param>
/// <param name="Discount">The discount, 0 % to 100 %.</param>
public sealed record QuotationPrice(LineId Line, Money UnitPrice, Percentage Discount);

/// <summary>How quotation amounts are rounded.</summary>
public enum AmountRounding
{
    /// <summary>Each line amount is rounded; the total is their sum.</summary>
    PerLine,

    /// <summary>The total is the rounded sum of the exact line amounts; line amounts are that total allocated by their exact amounts (largest remainder), so they still sum to it.</summary>
    PerDocument,
}

/// <summary>A quoted line (R13): quantity, unit price, discount, the acceptance surcharge (R9) and the rounded line amount.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="UnitPrice">The unit price.</param>
/// <param name="Discount">The discount.</param>
/// <param name="Surcharge">The surcharge of the acceptance terms (R9); 0 % on normal terms.</param>
/// <param name="Amount">The line amount: quantity × unit price × (1 − discount) × (1 + surcharge), rounded as the policies say.</param>
public sealed record QuotationLine(LineId Line, Quantity Quantity, Money UnitPrice, Percentage Discount, Percentage Surcharge, Money Amount);

/// <summary>An approval given to one quotation revision, bound to the fingerprint of the content approved (R8).</summary>
/// <param name="Level">The level.</param>
/// <param name="ApprovedBy">Who approved.</param>
/// <param name="ApprovedAt">When.</param>
/// <param name="Fingerprint">The fingerprint of the approved content.</param>
/// <param name="Comments">The comments.</param>
public sealed record QuotationApproval(ApprovalLevel Level, ActorId ApprovedBy, Instant ApprovedAt, string Fingerprint, string Comments);

/// <summary>A superseded revision kept in the quotation record (R12).</summary>
/// <param name="Number">Its number.</param>
/// <param name="Total">Its total.</param>
/// <param name="Status">Its status when superseded.</param>
/// <param name="Reason">Why it was revised.</param>
public sealed record QuotationRevisionSummary(string Number, Money Total, QuotationStatus Status, string Reason);

/// <summary>The quotation record (R12–R13): the current revision with its approvals, and the history of earlier revisions.</summary>
public sealed record Quotation
{
    [JsonConstructor]
    internal Quotation()
    {
    }

    /// <summary>Gets the revision's number, e.g. <c>Q-2026-000012-R2</c>.</summary>
    [JsonInclude]
    public string Number { get; internal init; } = string.Empty;

    /// <summary>Gets the host sequence value of the quotation.</summary>
    [JsonInclude]
    public long Sequence { get; internal init; }

    /// <summary>Gets the revision, from 1.</summary>
    [JsonInclude]
    public int Revision { get; internal init; }

    /// <summary>Gets the status of the current revision.</summary>
    [JsonInclude]
    public QuotationStatus Status { get; internal init; }

    /// <summary>Gets the quoted lines.</summary>
    [JsonInclude]
    public ValueList<QuotationLine> Lines { get; internal init; }

    /// <summary>Gets the total, the sum of the rounded line amounts.</summary>
    [JsonInclude]
    public Money Total { get; internal init; }

    /// <summary>Gets the last day of validity, in the customer's time zone.</summary>
    [JsonInclude]
    public LocalDate ValidUntil { get; internal init; }

    /// <summary>Gets the quoted delivery date: the requested date plus any extra lead time of the acceptance terms (R9).</summary>
    [JsonInclude]
    public LocalDate? DeliveryDate { get; internal init; }

    /// <summary>Gets the acceptance decision the quotation was prepared under (R9).</summary>
    [JsonInclude]
    public AcceptanceDecision Acceptance { get; internal init; } = null!;

    /// <summary>Gets who prepared the current revision.</summary>
    [JsonInclude]
    public ActorId PreparedBy { get; internal init; } = null!;

    /// <summary>Gets when the first revision was prepared.</summary>
    [JsonInclude]
    public Instant FirstPreparedAt { get; internal init; }

    /// <summary>Gets the approval levels the total requires, in order (R8).</summary>
    [JsonInclude]
    public ValueList<ApprovalLevel> RequiredLevels { get; internal init; }

    /// <summary>Gets why these levels (the approval policy's explanation).</summary>
    [JsonInclude]
    public string ApprovalExplanation { get; internal init; } = string.Empty;

    /// <summary>Gets the approvals of the current revision.</summary>
    [JsonInclude]
    public ValueList<QuotationApproval> Approvals { get; internal init; }

    /// <summary>Gets the fingerprint of the current revision's content; approvals are bound to it.</summary>
    [JsonInclude]
    public string Fingerprint { get; internal init; } = string.Empty;

    /// <summary>Gets the superseded revisions, oldest first.</summary>
    [JsonInclude]
    public ValueList<QuotationRevisionSummary> History { get; internal init; }

    /// <summary>Gets the reason given when an approval level rejected or the customer declined; empty otherwise.</summary>
    [JsonInclude]
    public string RejectionReason { get; internal init; } = string.Empty;

    /// <summary>Gets who verified the current revision: the first approver (R12), or <see langword="null"/> before any approval.</summary>
    [JsonIgnore]
    public ActorId? VerifiedBy => Approvals.IsEmpty ? null : Approvals[0].ApprovedBy;

    /// <summary>Gets the next approval level still required, or <see langword="null"/> when none is.</summary>
    [JsonIgnore]
    public ApprovalLevel? NextLevel => Approvals.Count < RequiredLevels.Count ? RequiredLevels[Approvals.Count] : null;

    internal QuotationLine? LineFor(LineId line)
    {
        foreach (var q in Lines)
        {
            if (q.Line.Equals(line))
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>Gets the instant the quotation expires: the end of <see cref="ValidUntil"/> in the given zone.</summary>
    /// <param name="zone">The customer's time zone.</param>
    /// <returns>The first instant at which it is no longer valid.</returns>
    public Instant ExpiresAt(DateTimeZone zone) => ValidUntil.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
}
