using System.Collections.Generic;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Contract review: submit, sign in two stages, pass (reserving material) or reject, revise (R5–R11).</summary>
internal static class ReviewDecider
{
    public static Outcome Decide(Order state, SubmitForReview c, DecisionContext ctx)
    {
        foreach (var m in c.BillOfMaterials)
        {
            if (!HasLine(state, m.Line))
            {
                return Outcome.Reject(ViolationCodes.InvalidInput, $"The bill of materials names line {m.Line}, which the order does not have.", "R11");
            }
        }

        var requirement = ctx.Policies.Review.Require(state);
        var round = (state.Review?.Round ?? 0) + 1;
        return Outcome.Emit(new ReviewStarted(round, requirement.InitialDepartments, requirement.DetailDepartments, requirement.Explanation) { BillOfMaterials = c.BillOfMaterials, At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, Review review, SignReview c, DecisionContext ctx)
    {
        var stage = review.Stage;
        if (!review.Required(stage).Contains(c.Department) || review.HasSigned(c.Department, stage))
        {
            return Outcome.Reject(ViolationCodes.ReviewSignOffNotExpected, $"{c.Department} is not awaited in the {stage} stage of review round {review.Round} (awaited: {string.Join(", ", Awaited(review, stage))}).", "R6");
        }

        if (!ctx.Policies.Authorization.CanSignReview(ctx.Actor, c.Department))
        {
            return Outcome.Reject(ViolationCodes.ReviewSignerNotAuthorized, $"{ctx.Actor.Name} may not sign the {c.Department} review.", "R5");
        }

        if (SignedOtherDepartment(review, c.Department, ctx) is { } other)
        {
            return Outcome.Reject(SeparationOfDutiesPolicy.Refusal(ctx.Actor, Duty.SignReview, $"signed the {other.Department} review of round {review.Round}", Duty.SignReview, $"also sign the {c.Department} review"));
        }

        var v = new List<Violation>();
        if (string.IsNullOrWhiteSpace(c.Comments))
        {
            v.Add(Violation.Of(ViolationCodes.InvalidInput, c.Verdict == ReviewVerdict.Reject ? "A rejection needs comments giving its reasons." : "An approval needs comments saying what was checked.", "R7"));
        }

        foreach (var f in c.Findings)
        {
            if (c.Verdict == ReviewVerdict.Approve && !f.Satisfied && string.IsNullOrWhiteSpace(f.Mitigation))
            {
                v.Add(Violation.Of(ViolationCodes.InvalidInput, $"Approving despite an unsatisfied {f.Criterion} criterion needs a mitigation.", "R7"));
            }
        }

        var credit = c.Verdict == ReviewVerdict.Approve ? CheckCriteria(state, c, ctx, v) : null;
        if (v.Count > 0)
        {
            return Outcome.Reject(ValueList<Violation>.From(v));
        }

        var signed = new ReviewSigned(review.Round, stage, c.Department, c.Verdict, c.Comments ?? string.Empty, c.WorkingTimeNeeded, c.Findings) { Credit = credit, At = ctx.Now, By = ctx.Actor.Id };
        if (c.Verdict == ReviewVerdict.Reject)
        {
            return Outcome.Emit(signed, new ReviewRejected(review.Round, ValueList<string>.Of($"{c.Department}: {c.Comments}")) { At = ctx.Now, By = ctx.Actor.Id });
        }

        if (Awaited(review, stage).Count > 1)
        {
            return Outcome.Emit(signed);
        }

        if (stage == ReviewStage.Initial && !review.DetailDepartments.IsEmpty)
        {
            return Outcome.Emit(signed, new ReviewStageCompleted(review.Round) { At = ctx.Now, By = ctx.Actor.Id });
        }

        var longest = c.WorkingTimeNeeded;
        foreach (var s in review.SignOffs)
        {
            if (s.WorkingTimeNeeded > longest)
            {
                longest = s.WorkingTimeNeeded;
            }
        }

        return Outcome.Emit(
            signed,
            new ReviewPassed(review.Round, longest) { At = ctx.Now, By = ctx.Actor.Id },
            new MaterialReserved(MainMaterials(state, review)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    private static bool HasLine(Order state, LineId id)
    {
        foreach (var line in state.Lines)
        {
            if (line.Id.Equals(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>R11: the host's bill of main materials when given, else the lines' own products and quantities.</summary>
    private static ValueList<MaterialReservation> MainMaterials(Order state, Review review)
    {
        if (!review.BillOfMaterials.IsEmpty)
        {
            return review.BillOfMaterials;
        }

        var reservations = new MaterialReservation[state.Lines.Count];
        for (var i = 0; i < reservations.Length; i++)
        {
            var line = state.Lines[i];
            reservations[i] = new MaterialReservation(line.Id, line.Product, line.Quantity);
        }

        return ValueList<MaterialReservation>.Of(reservations);
    }

    public static Outcome Decide(Order state, ReviseOrder c, DecisionContext ctx)
    {
        var v = new List<Violation>();
        IntakeDecider.ValidateLines(c.Lines, state.Currency, v);
        if (string.IsNullOrWhiteSpace(c.Note))
        {
            v.Add(Violation.Of(ViolationCodes.InvalidInput, "A revision needs a note saying what changed.", "R33"));
        }

        if (v.Count > 0)
        {
            return Outcome.Reject(ValueList<Violation>.From(v));
        }

        return Outcome.Emit(new OrderRevised(c.Lines, c.RequestedDeliveryDate, c.QualityRequirements ?? string.Empty, c.Note)
        {
            PriorityBasis = IntakeDecider.Reclassify(state, c.Lines, c.RequestedDeliveryDate, ctx),
            At = ctx.Now,
            By = ctx.Actor.Id,
        });
    }

    public static Order Apply(Order s, ReviewStarted e) => s with
    {
        Status = OrderStatus.UnderReview,
        Review = new Review
        {
            Round = e.Round,
            Outcome = e.InitialDepartments.IsEmpty ? ReviewOutcome.DetailPending : ReviewOutcome.InitialPending,
            InitialDepartments = e.InitialDepartments,
            DetailDepartments = e.DetailDepartments,
            Explanation = e.Explanation,
            BillOfMaterials = e.BillOfMaterials,
            StartedAt = e.At,
        },
    };

    public static Order Apply(Order s, Review review, ReviewSigned e) => s with
    {
        Review = review with
        {
            SignOffs = review.SignOffs.Add(new ReviewSignOff(e.Department, e.Stage, e.Verdict, e.Comments, e.WorkingTimeNeeded, e.Findings, e.By, e.At) { Credit = e.Credit }, s.Fold),
        },
    };

    public static Order Apply(Order s, Review review, ReviewStageCompleted e) =>
        s with { Review = review with { Outcome = ReviewOutcome.DetailPending } };

    public static Order Apply(Order s, Review review, ReviewPassed e) =>
        s with { Status = OrderStatus.Reviewed, Review = review with { Outcome = ReviewOutcome.Passed } };

    public static Order Apply(Order s, Review review, MaterialReserved e) =>
        s with { Review = review with { ReservedMaterials = e.Reservations } };

    public static Order Apply(Order s, Review review, ReviewRejected e) =>
        s with { Status = OrderStatus.ReviewRejected, Review = review with { Outcome = ReviewOutcome.Rejected, RejectionReasons = e.Reasons } };

    public static Order Apply(Order s, OrderRevised e) => s with
    {
        Status = OrderStatus.Recorded,
        Intake = IntakeDecider.Reclassified(s.Intake, e.PriorityBasis) with { Lines = e.Lines, RequestedDeliveryDate = e.RequestedDeliveryDate, QualityRequirements = e.QualityRequirements },
    };

    internal static void CheckSubMachine(Review before, Review after)
    {
        if (!ReviewLifecycle.Definition.Allows(before.Outcome, CommandKind.SignReview, after.Outcome))
        {
            throw new System.Diagnostics.UnreachableException($"Review moved {before.Outcome} -> {after.Outcome}, which its table does not allow.");
        }
    }

    /// <summary>
    /// R7: an approval answers every criterion the review policy gives the department; the credit criterion compares the
    /// host's exposure plus the order with the host's credit limit and refuses or flags an excess (<see cref="CreditOverLimit"/>).
    /// </summary>
    /// <returns>The credit check when the department answers the credit criterion and the host stated the position.</returns>
    private static CreditCheck? CheckCriteria(Order state, SignReview c, DecisionContext ctx, List<Violation> v)
    {
        var criteria = ctx.Policies.Review.CriteriaFor(c.Department);
        foreach (var criterion in criteria)
        {
            if (Finding(c.Findings, criterion) is null)
            {
                v.Add(Violation.Of(ViolationCodes.ReviewCriterionUnanswered, $"The {c.Department} approval leaves the {criterion} criterion unanswered; {c.Department} answers {string.Join(", ", criteria)}.", "R7"));
            }
        }

        if (!criteria.Contains(ReviewCriterion.CreditOrBudget))
        {
            return null;
        }

        if (c.Credit is not { } position)
        {
            v.Add(Violation.Of(ViolationCodes.ReviewCreditPositionMissing, $"The {c.Department} approval answers the credit criterion: state the customer's exposure and credit limit.", "R7"));
            return null;
        }

        if (position.Exposure.Currency != state.Currency || position.Limit.Currency != state.Currency)
        {
            v.Add(Violation.Of(ViolationCodes.CurrencyMismatch, $"The credit position ({position.Exposure}, limit {position.Limit}) must be in the order's currency {state.Currency}.", "R7"));
            return null;
        }

        if (position.Exposure.IsNegative || position.Limit.IsNegative)
        {
            v.Add(Violation.Of(ViolationCodes.InvalidInput, "The customer's exposure and credit limit are not negative.", "R7"));
            return null;
        }

        var amount = state.EstimatedAmount(ctx.Policies.Rounding);
        var total = amount is { } a ? position.Exposure + a : position.Exposure;
        var exceeded = total > position.Limit;
        var check = new CreditCheck(position.Exposure, position.Limit, amount, exceeded);
        if (!exceeded)
        {
            return check;
        }

        var excess = $"Exposure {position.Exposure} plus this order ({amount?.ToString() ?? "not yet priced"}) comes to {total}, over the credit limit {position.Limit}";
        if (ctx.Policies.Review.CreditOverLimit == CreditOverLimit.Refuse)
        {
            v.Add(Violation.Of(ViolationCodes.ReviewCreditLimitExceeded, $"{excess}; the review policy refuses approvals over the limit.", "R7"));
        }
        else if (Finding(c.Findings, ReviewCriterion.CreditOrBudget) is { Satisfied: true })
        {
            v.Add(Violation.Of(ViolationCodes.ReviewCreditLimitExceeded, $"{excess}; the review policy flags approvals over the limit: mark the credit finding unsatisfied with its mitigation.", "R7"));
        }

        return check;
    }

    private static ReviewFinding? Finding(ValueList<ReviewFinding> findings, ReviewCriterion criterion)
    {
        foreach (var f in findings)
        {
            if (f.Criterion == criterion)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>Separation of duties (R5): the actor's sign-off for another department in this round, if the policy keeps departments apart.</summary>
    private static ReviewSignOff? SignedOtherDepartment(Review review, Department department, DecisionContext ctx)
    {
        foreach (var s in review.SignOffs)
        {
            if (s.Department != department && s.SignedBy.Equals(ctx.Actor.Id))
            {
                return ctx.Policies.SeparationOfDuties.Separates(Duty.SignReview, Duty.SignReview) ? s : null;
            }
        }

        return null;
    }

    private static List<Department> Awaited(Review review, ReviewStage stage)
    {
        var list = new List<Department>();
        foreach (var d in review.Required(stage))
        {
            if (!review.HasSigned(d, stage))
            {
                list.Add(d);
            }
        }

        return list;
    }
}
