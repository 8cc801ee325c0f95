using System;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

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
