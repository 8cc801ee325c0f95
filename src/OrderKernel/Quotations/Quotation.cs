using System.Text.Json.Serialization;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

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
