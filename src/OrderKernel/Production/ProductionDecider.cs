using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>Samples, production and final inspection (R14, R21–R29).</summary>
internal static class ProductionDecider
{
    /// <summary>The note of the inspection recorded when the final inspection is left out of the lifecycle.</summary>
    public const string InspectionWaived = "Final inspection left out of the lifecycle (OptionalStage.FinalInspection).";

    public static Outcome Decide(Order state, SendSample c, DecisionContext ctx)
    {
        var max = ctx.Policies.Sample.MaxSampleUnits;
        if (c.Units < 1 || c.Units > max)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"A sample round sends 1 to {max} units, not {c.Units}.", "R14");
        }

        if (state.Sample is { Approved: null } pending)
        {
            return Outcome.Reject(ViolationCodes.SampleAwaitingVerdict, $"Sample round {pending.Round} still awaits the customer's verdict.", "R14");
        }

        return Outcome.Emit(new SampleSent((state.Sample?.Round ?? 0) + 1, c.Units, c.Note ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ApproveSample c, DecisionContext ctx) =>
        state.Sample is not { Approved: null } pending
            ? Outcome.Reject(ViolationCodes.NoSampleAwaitingVerdict, "No sample awaits the customer's verdict: send one first.", "R14")
            : Outcome.Emit(new SampleApproved(c.Comments ?? string.Empty, pending.Round) { At = ctx.Now, By = ctx.Actor.Id });

    public static Outcome Decide(Order state, RejectSample c, DecisionContext ctx)
    {
        if (state.Sample is not { Approved: null } pending)
        {
            return Outcome.Reject(ViolationCodes.NoSampleAwaitingVerdict, "No sample awaits the customer's verdict: send one first.", "R14");
        }

        return string.IsNullOrWhiteSpace(c.Comments)
            ? Outcome.Reject(ViolationCodes.InvalidInput, "A rejected sample needs the customer's reasons.", "R14")
            : Outcome.Emit(new SampleRejected(c.Comments, pending.Round) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ReleaseToProduction c, DecisionContext ctx)
    {
        var today = state.DateAt(ctx.Now);
        if (c.PlannedCompletion < today)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"The planned completion {LocalDatePattern.Iso.Format(c.PlannedCompletion)} is before today ({LocalDatePattern.Iso.Format(today)}).", "R22");
        }

        if (state.RequestedDeliveryDate is { } due && c.PlannedCompletion > due)
        {
            return Outcome.Reject(ViolationCodes.PlanAfterDeliveryDate, $"The planned completion {LocalDatePattern.Iso.Format(c.PlannedCompletion)} is after the delivery date {LocalDatePattern.Iso.Format(due)}; schedule it where it can finish on time.", "R22");
        }

        // R21–R22: the plan is a commitment the host has checked, not a date typed in.
        var v = new List<Violation>();
        if (!c.CapacityConfirmed)
        {
            v.Add(Violation.Of(ViolationCodes.CapacityNotConfirmed, $"Confirm the capacity to finish by {LocalDatePattern.Iso.Format(c.PlannedCompletion)} (CapacityConfirmed) before releasing the plan.", "R22"));
        }

        if (c.MaterialsReadyOn is not { } ready)
        {
            v.Add(Violation.Of(ViolationCodes.MaterialsNotReady, "State when the main materials are ready (MaterialsReadyOn) before releasing the plan.", "R21"));
        }
        else if (ready > c.PlannedCompletion)
        {
            v.Add(Violation.Of(ViolationCodes.MaterialsNotReady, $"The main materials are ready on {LocalDatePattern.Iso.Format(ready)}, after the planned completion {LocalDatePattern.Iso.Format(c.PlannedCompletion)}.", "R21"));
        }

        return v.Count > 0
            ? Outcome.Reject(ValueList<Violation>.From(v))
            : Outcome.Emit([new ProductionReleased(c.PlannedCompletion) { MaterialsReadyOn = c.MaterialsReadyOn, At = ctx.Now, By = ctx.Actor.Id }, .. MaterialLedger.ConsumeAll(state, ctx)]); // R11
    }

    /// <summary>R24: a progress report; one that comes later than the cadence allows also records the breach.</summary>
    public static Outcome Decide(Order state, ProductionRun run, ReportProgress c, DecisionContext ctx)
    {
        var reported = new ProgressReported(c.Complete, c.Note ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id };
        var policy = ctx.Policies.ServiceLevels;
        if (policy.ProgressReportInterval is not { } every)
        {
            return Outcome.Emit(reported);
        }

        var since = LastProgressAt(run);
        var used = policy.Calendar.WorkingTimeBetween(since, ctx.Now);
        return used > every
            ? Outcome.Emit(reported, new ServiceLevelBreached(ServiceStep.ProgressReported, since, policy.Calendar.AddWorkingTime(since, every), ctx.Now, used - every, every, TimeBasis.Working) { At = ctx.Now, By = ctx.Actor.Id })
            : Outcome.Emit(reported);
    }

    /// <summary>When the progress cadence last restarted: the latest progress report, or the release.</summary>
    internal static Instant LastProgressAt(ProductionRun run) => run.Progress.IsEmpty ? run.ReleasedAt : run.Progress[^1].ReportedAt;

    /// <summary>R25 and R24: the exception is recorded; when the delays expected so far push completion past the due date, the alarm is raised at once.</summary>
    public static Outcome Decide(Order state, ProductionRun run, ReportProductionException c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.Description))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A production exception needs a description.", "R25");
        }

        var reported = new ProductionExceptionReported(c.Description, c.ExpectedDelay) { At = ctx.Now, By = ctx.Actor.Id };
        var delay = c.ExpectedDelay;
        foreach (var issue in run.Issues)
        {
            delay += issue.ExpectedDelay;
        }

        var expected = run.PlannedCompletion.PlusDays((int)System.Math.Ceiling(delay.TotalDays));
        if (state.RequestedDeliveryDate is { } due && expected > due)
        {
            var reason = $"Production exception \"{c.Description}\": the expected delays total {System.Math.Ceiling(delay.TotalDays).ToString(System.Globalization.CultureInfo.InvariantCulture)} day(s), so completion moves from {LocalDatePattern.Iso.Format(run.PlannedCompletion)} to {LocalDatePattern.Iso.Format(expected)}, after the delivery date {LocalDatePattern.Iso.Format(due)}.";
            return Outcome.Emit(reported, new ProductionDelayAlarmRaised(expected, due, reason) { At = ctx.Now, By = ctx.Actor.Id });
        }

        return Outcome.Emit(reported);
    }

    /// <summary>R22, R24: a change that moved the delivery date before the expected completion raises the alarm (the plan no longer meets it).</summary>
    internal static ProductionDelayAlarmRaised? PlanMissesNewDate(Order state, LocalDate? newDate, string changeId, DecisionContext ctx)
    {
        if (state.Production is not { CompletedAt: null } run || newDate is not { } due)
        {
            return null;
        }

        var expected = run.ExpectedCompletion is { } e && e > run.PlannedCompletion ? e : run.PlannedCompletion;
        return expected > due
            ? new ProductionDelayAlarmRaised(expected, due, $"Change {changeId} moved the delivery date to {LocalDatePattern.Iso.Format(due)}, before the expected completion {LocalDatePattern.Iso.Format(expected)}: production must re-plan, and sales tell the customer.") { At = ctx.Now, By = ctx.Actor.Id }
            : null;
    }

    public static Outcome Decide(CompleteProduction c, DecisionContext ctx)
    {
        _ = c;
        return Outcome.Emit(new ProductionCompleted { At = ctx.Now, By = ctx.Actor.Id });
    }

    /// <summary>R27 left out (<see cref="OptionalStage.FinalInspection"/>): production completes and the inspection is recorded as waived.</summary>
    public static Outcome CompleteWithoutInspection(CompleteProduction c, DecisionContext ctx)
    {
        _ = c;
        return Outcome.Emit(
            new ProductionCompleted { At = ctx.Now, By = ctx.Actor.Id },
            new InspectionPassed(QualityGrade.First, 0, 0, InspectionWaived) { At = ctx.Now, By = ctx.Actor.Id });
    }

    /// <summary>
    /// R27: the verdict from the sampling plan of the order's AQL and the lot size; R28: a lot accepted at a lower grade
    /// proposes a unit price change per priced line (the change list), which the customer confirms before shipment.
    /// </summary>
    public static Outcome Decide(Order state, ProductionRun run, RecordInspection c, DecisionContext ctx)
    {
        if (state.Aql is not { } aql)
        {
            return Outcome.Reject(ViolationCodes.AqlNotAgreed, "The order states no AQL, so no sampling plan decides the inspection: agree one with the customer (ReceiveOrder.Aql).", "R27");
        }

        if (c.LotSize <= 0)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"An inspection names the lot inspected: a positive lot size, not {c.LotSize}.", "R27");
        }

        var plan = SamplingPlan.For(c.LotSize, aql);
        if (c.DefectsFound < 0 || c.DefectsFound > plan.SampleSize)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"The plan for a lot of {plan.LotSize} at AQL {Aql(aql)} samples {plan.SampleSize} units (code letter {plan.CodeLetter}); 0 to {plan.SampleSize} defective units can be found, not {c.DefectsFound}.", "R27");
        }

        var notes = c.Notes ?? string.Empty;
        if (!plan.Accepts(c.DefectsFound))
        {
            return Outcome.Emit(new InspectionFailed(c.Grade, plan.SampleSize, c.DefectsFound, notes) { Plan = plan, At = ctx.Now, By = ctx.Actor.Id });
        }

        var passed = new InspectionPassed(c.Grade, plan.SampleSize, c.DefectsFound, notes) { Plan = plan, At = ctx.Now, By = ctx.Actor.Id };
        if (c.Grade == QualityGrade.First)
        {
            return Outcome.Emit(passed);
        }

        if (c.PriceReduction is not { } reduction || reduction == Percentage.Zero || reduction == Percentage.Hundred)
        {
            return Outcome.Reject(ViolationCodes.DowngradeNeedsPriceReduction, $"The lot is accepted at grade {c.Grade}: state the unit price reduction (more than 0 %, less than 100 %) its change list proposes to the customer.", "R28");
        }

        // The quotation fixed the unit prices the change list reduces; an order in production always has one.
        List<OrderEvent> events = DowngradeChangeList(run.ReworkCount + 1, state.Quotation?.Lines ?? default, c.Grade, reduction, passed, ctx);
        return Outcome.Emit([.. events]);
    }

    /// <summary>R28: the inspection and one unit price change per priced quoted line, reduced by the stated share.</summary>
    private static List<OrderEvent> DowngradeChangeList(int round, ValueList<QuotationLine> quoted, QualityGrade grade, Percentage reduction, InspectionPassed passed, DecisionContext ctx)
    {
        var events = new List<OrderEvent> { passed };
        foreach (var line in quoted)
        {
            var price = line.UnitPrice.Multiply(1m - reduction.Fraction, ctx.Policies.Rounding);
            if (price == line.UnitPrice)
            {
                continue;
            }

            var proposal = new ChangeProposal(ChangeKind.UnitPrice, Line: line.Line, NewUnitPrice: price);
            var reason = $"Final inspection graded the goods {grade} (R28): unit price {line.UnitPrice} reduced by {reduction} to {price}; the customer confirms before shipment.";
            events.Add(new ChangeRequestSubmitted(DowngradeChangeId(round, line.Line), proposal, reason) { At = ctx.Now, By = ctx.Actor.Id });
        }

        return events;
    }

    /// <summary>The id of the change a lower grade proposes for a line in an inspection round (R28).</summary>
    internal static string DowngradeChangeId(int round, LineId line) => DowngradePrefix(round) + line.ToString();

    private static string DowngradePrefix(int round) => $"grade-{round.ToString(System.Globalization.CultureInfo.InvariantCulture)}-";

    /// <summary>Guard (R28): every change the latest accepted lower grade proposed is decided: applied (confirmed by the customer), rejected or withdrawn.</summary>
    public static Violation? CheckDowngradeSettled(Order state)
    {
        // An accepted inspection follows a production run; its round is the run's rework count plus one.
        if (state is not { Inspection: { Passed: true, Grade: not QualityGrade.First } inspection, Production: { } run })
        {
            return null;
        }

        var round = run.ReworkCount + 1;
        foreach (var change in state.ChangeRequests)
        {
            if (change.Id.StartsWith(DowngradePrefix(round), System.StringComparison.Ordinal)
                && change.Status is not (ChangeStatus.Applied or ChangeStatus.Rejected or ChangeStatus.Withdrawn))
            {
                return Violation.Of(ViolationCodes.DowngradeNotSettled, $"The goods were graded {inspection.Grade}: change {change.Id} of the change list is {change.Status}; it must be approved, confirmed by the customer and applied, or rejected, before shipment.", "R28");
            }
        }

        return null;
    }

    private static string Aql(decimal aql) => aql.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Guard: an approved sample where the sample policy requires one (R14).</summary>
    public static Violation? CheckSample(Order state, DecisionContext ctx)
    {
        if (!ctx.Policies.Sample.RequiresApprovedSample(state.Lines) || state.Sample is { Approved: true })
        {
            return null;
        }

        return Violation.Deferred(
            ViolationCodes.SampleNotApproved,
            "R14",
            state.Sample,
            static sample =>
            {
                var latest = sample switch
                {
                    null => "no sample has been sent",
                    { Approved: null } s => $"sample round {s.Round} still awaits the customer's verdict",
                    var s => $"the latest sample (round {s.Round}) was rejected: {s.Comments}",
                };
                return $"Mass production needs a sample approved by the customer; {latest}.";
            });
    }

    public static Order Apply(Order s, SampleSent e) =>
        s with { Sample = new SampleRound(e.Round, e.Units, e.Note, e.By, e.At, null, string.Empty, null, null) };

    public static Order Apply(Order s, SampleRound sample, SampleApproved e) =>
        s with { Sample = sample with { Approved = true, Comments = e.Comments, DecidedBy = e.By, DecidedAt = e.At } };

    public static Order Apply(Order s, SampleRound sample, SampleRejected e) =>
        s with { Sample = sample with { Approved = false, Comments = e.Comments, DecidedBy = e.By, DecidedAt = e.At } };

    public static Order Apply(Order s, ProductionReleased e) => s with
    {
        Status = OrderStatus.InProduction,
        Production = new ProductionRun { ReleasedAt = e.At, PlannedCompletion = e.PlannedCompletion, MaterialsReadyOn = e.MaterialsReadyOn },
    };

    public static Order Apply(Order s, ProductionRun run, ProductionDelayAlarmRaised e) =>
        s with { Production = run with { ExpectedCompletion = e.ExpectedCompletion } };

    public static Order Apply(Order s, ProductionRun run, ProgressReported e) =>
        s with { Production = run with { Progress = run.Progress.Add(new ProgressReport(e.Complete, e.Note, e.By, e.At), s.Fold) } };

    public static Order Apply(Order s, ProductionRun run, ProductionExceptionReported e) =>
        s with { Production = run with { Issues = run.Issues.Add(new ProductionIssue(e.Description, e.ExpectedDelay, e.By, e.At), s.Fold) } };

    public static Order Apply(Order s, ProductionRun run, ProductionCompleted e) =>
        s with { Status = OrderStatus.ProductionCompleted, Production = run with { CompletedAt = e.At } };

    public static Order Apply(Order s, InspectionPassed e) => s with
    {
        Status = OrderStatus.Inspected,
        Inspection = new Inspection(true, e.Grade, e.SampleSize, e.DefectsFound, e.Notes, e.By, e.At) { Plan = e.Plan },
    };

    public static Order Apply(Order s, ProductionRun run, InspectionFailed e) => s with
    {
        Status = OrderStatus.InProduction,
        Inspection = new Inspection(false, e.Grade, e.SampleSize, e.DefectsFound, e.Notes, e.By, e.At) { Plan = e.Plan },
        Production = run with { CompletedAt = null, ReworkCount = run.ReworkCount + 1 },
    };
}
