using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>
/// A duty a person takes on one item of an order. Separation of duties (<see cref="ISeparationOfDutiesPolicy"/>) says
/// which two duties one person may not both hold on the same item, whatever roles the person has.
/// </summary>
/// <remarks>
/// The items: the current quotation revision (<see cref="PrepareQuotation"/>, <see cref="ApproveQuotation"/>), a review
/// round (<see cref="SignReview"/>), a change request (<see cref="RequestChange"/>, <see cref="ApproveChange"/>) and the
/// shipment release with its dispatches (<see cref="ReleaseShipment"/>, <see cref="Dispatch"/>).
/// </remarks>
public enum Duty
{
    /// <summary>Prepares or revises the current quotation revision (R12).</summary>
    PrepareQuotation,

    /// <summary>Approves the current quotation revision at one level (R8).</summary>
    ApproveQuotation,

    /// <summary>Signs one department's part of a review round (R5).</summary>
    SignReview,

    /// <summary>Submits a change request (R33).</summary>
    RequestChange,

    /// <summary>Approves a change request in one role its routing requires (R33–R34).</summary>
    ApproveChange,

    /// <summary>Signs the shipment release (R30).</summary>
    ReleaseShipment,

    /// <summary>Dispatches goods against the shipment release (R30–R31).</summary>
    Dispatch,
}

/// <summary>
/// Two duties one person may not both hold on the same item, in either order. The same duty twice means: where an item
/// needs that duty more than once (the approval levels of a quotation, the departments of a review round, the approvals
/// of a change), each is held by a different person.
/// </summary>
/// <param name="First">One duty.</param>
/// <param name="Second">The other duty; both must be duties on the same kind of item (see <see cref="Duty"/>).</param>
public sealed record DutyConflict(Duty First, Duty Second);

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

/// <summary>
/// Separation of duties (R5, R8, R30, R33–R34): which duties one person may not both hold on the same item of an order,
/// whatever roles the person has. Refusals are <see cref="ViolationCodes.SelfApproval"/> (the preparer of a quotation
/// or the requester of a change approving it) and <see cref="ViolationCodes.SeparationOfDuties"/> (every other pair).
/// </summary>
public interface ISeparationOfDutiesPolicy
{
    /// <summary>Tells whether a person who holds one duty on an item may not also take another on the same item.</summary>
    /// <param name="held">The duty the person already holds on the item.</param>
    /// <param name="taking">The duty the person is taking now.</param>
    /// <returns><see langword="true"/> when the two must be held by different people.</returns>
    bool Separates(Duty held, Duty taking);
}

/// <summary>Creates separation-of-duties policies.</summary>
public static class SeparationOfDutiesPolicy
{
    private static readonly int DutyCount = Enum.GetValues<Duty>().Length;

    /// <summary>Gets the strict policy over the default <see cref="SeparationOfDutiesPolicyOptions"/>.</summary>
    public static ISeparationOfDutiesPolicy Default { get; } = Create(new SeparationOfDutiesPolicyOptions());

    /// <summary>Validates options and creates the policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">A conflict is missing, names an unknown duty, or pairs duties on different kinds of item (they can never meet).</exception>
    public static ISeparationOfDutiesPolicy Create(SeparationOfDutiesPolicyOptions options)
    {
        Guard.Against.Null(options);
        var separated = new bool[DutyCount * DutyCount];
        foreach (var c in options.Conflicts)
        {
            Guard.Against.Null(c, nameof(options));
            Guard.Against.EnumOutOfRange(c.First, nameof(options));
            Guard.Against.EnumOutOfRange(c.Second, nameof(options));
            if (ItemOf(c.First) != ItemOf(c.Second))
            {
                throw new ArgumentException($"{c.First} and {c.Second} are duties on different items ({ItemOf(c.First)}, {ItemOf(c.Second)}): one person can never hold both on the same item.", nameof(options));
            }

            separated[((int)c.First * DutyCount) + (int)c.Second] = true;
            separated[((int)c.Second * DutyCount) + (int)c.First] = true;
        }

        return new PairPolicy(separated);
    }

    /// <summary>The refusal when the actor holds <paramref name="held"/> on an item and would take <paramref name="taking"/> on it.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="held">The duty held before.</param>
    /// <param name="heldWhat">What the actor did, e.g. <c>approved quotation Q-… at the DepartmentHead level</c>.</param>
    /// <param name="taking">The duty the command would take.</param>
    /// <param name="takingWhat">What the command would do, e.g. <c>approve it at the GeneralManager level</c>.</param>
    internal static Violation Refusal(Actor actor, Duty held, string heldWhat, Duty taking, string takingWhat)
    {
        // The two pairs of distinct duties on a quotation revision or a change request are preparer/approver and
        // requester/approver: their refusal keeps the code it always had.
        var selfApproval = held != taking && ItemOf(held) is Item.QuotationRevision or Item.ChangeRequest;
        return Violation.Of(
            selfApproval ? ViolationCodes.SelfApproval : ViolationCodes.SeparationOfDuties,
            $"{actor.Name} {heldWhat} and may not {takingWhat} (separation of duties: {(held == taking ? $"each {held} on one item by a different person" : $"{held} and {taking} by different people")}).",
            RuleFor(held, taking));
    }

    internal static string RuleFor(Duty held, Duty taking) => (ItemOf(held), held == taking) switch
    {
        (Item.QuotationRevision, _) => "R8",
        (Item.ReviewRound, _) => "R5",
        (Item.ChangeRequest, true) => "R34",
        (Item.ChangeRequest, false) => "R33",
        _ => "R30",
    };

    private static Item ItemOf(Duty duty) => duty switch
    {
        Duty.PrepareQuotation or Duty.ApproveQuotation => Item.QuotationRevision,
        Duty.SignReview => Item.ReviewRound,
        Duty.RequestChange or Duty.ApproveChange => Item.ChangeRequest,
        _ => Item.ShipmentRelease,
    };

    private enum Item
    {
        QuotationRevision,
        ReviewRound,
        ChangeRequest,
        ShipmentRelease,
    }

    private sealed class PairPolicy(bool[] separated) : ISeparationOfDutiesPolicy
    {
        public bool Separates(Duty held, Duty taking) =>
            IsKnown(held) && IsKnown(taking) && separated[((int)held * DutyCount) + (int)taking];

        private static bool IsKnown(Duty duty) => duty >= 0 && (int)duty < DutyCount;
    }
}
