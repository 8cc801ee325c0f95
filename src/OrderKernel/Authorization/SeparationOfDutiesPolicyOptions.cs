using System.Collections.Generic;

namespace OrderKernel.Policies;

/// <summary>
/// Options of the separation-of-duties policy: which duties must be held by different people. The defaults are strict
/// (the seeds: the preparer never approves, senior approval is a second person, each department reviews for itself, the
/// warehouse does not ship on the word of the one who released); relax them on purpose, with <see cref="Without"/> or
/// <see cref="None"/>.
/// </summary>
public sealed record SeparationOfDutiesPolicyOptions
{
    private static readonly ValueList<DutyConflict> StrictConflicts = ValueList<DutyConflict>.Of(
        new DutyConflict(Duty.PrepareQuotation, Duty.ApproveQuotation),
        new DutyConflict(Duty.ApproveQuotation, Duty.ApproveQuotation),
        new DutyConflict(Duty.SignReview, Duty.SignReview),
        new DutyConflict(Duty.RequestChange, Duty.ApproveChange),
        new DutyConflict(Duty.ApproveChange, Duty.ApproveChange),
        new DutyConflict(Duty.ReleaseShipment, Duty.Dispatch));

    /// <summary>Gets options with no conflicts at all: one person may hold every duty. A host must choose this explicitly.</summary>
    public static SeparationOfDutiesPolicyOptions None { get; } = new() { Conflicts = default };

    /// <summary>
    /// Gets the pairs of duties one person may not both hold on the same item. Default: the preparer of a quotation
    /// revision does not approve it, nor does an approver keep an approval of a revision he then prepares (R8); each
    /// approval level of a revision is a different person (R8); each department of a review round is signed by a
    /// different person (R5); the requester of a change does not approve it (R33) and its approvals come from different
    /// people (R34); who signed the shipment release does not dispatch (R30).
    /// </summary>
    public ValueList<DutyConflict> Conflicts { get; init; } = StrictConflicts;

    /// <summary>Returns these options without the conflict between two duties (in either order).</summary>
    /// <param name="first">One duty.</param>
    /// <param name="second">The other duty.</param>
    /// <returns>The relaxed options.</returns>
    public SeparationOfDutiesPolicyOptions Without(Duty first, Duty second)
    {
        var kept = new List<DutyConflict>();
        foreach (var c in Conflicts)
        {
            if (c is null || !IsPair(c.First, c.Second, first, second))
            {
                kept.Add(c!);
            }
        }

        return this with { Conflicts = ValueList<DutyConflict>.From(kept) };
    }

    private static bool IsPair(Duty a, Duty b, Duty x, Duty y) => (a == x && b == y) || (a == y && b == x);
}
