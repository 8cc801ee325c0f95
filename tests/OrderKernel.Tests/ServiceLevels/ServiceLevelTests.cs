using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.ServiceLevels;

public class ServiceLevelTests
{
    internal static readonly IServiceLevelPolicy ShanghaiLevels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions { Calendar = BusinessCalendarOptions.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0)).WithLunchBreak(new LocalTime(12, 0), new LocalTime(13, 0)) });

    internal static Scenario NewScenario() => new(OrderPolicies.Default with { ServiceLevels = ShanghaiLevels });

    [Fact]
    public void Deadlines_AfterReceipt_EntryIsDueOneWorkingHourLater_R38()
    {
        var s = TvOrder.Through(Stage.Received, NewScenario());
        var entered = Assert.Single(ServiceLevelMonitor.Deadlines(s.Current, ShanghaiLevels));
        Assert.Equal(ServiceStep.Entered, entered.Level.Step);
        Assert.Equal(s.Current.ReceivedAt + Duration.FromHours(1), entered.DueAt);
        Assert.Null(entered.CompletedAt);
    }

    [Fact]
    public void Deadlines_OfTheHappyPath_AreAllMetOnTime()
    {
        var s = TvOrder.Through(Stage.Reviewed, NewScenario());
        var checks = ServiceLevelMonitor.Check(s.Current, s.Now, ShanghaiLevels, Duration.FromMinutes(30));
        Assert.Equal([ServiceStep.Entered, ServiceStep.Confirmed, ServiceStep.Reviewed], checks.Select(c => c.Deadline.Level.Step));
        Assert.All(checks, c => Assert.Equal(DeadlineState.MetOnTime, c.State));
        Assert.Empty(s.Current.ServiceLevelBreaches);
    }

    [Fact]
    public void Check_OpenSteps_AreAtRiskThenOverdue_R38()
    {
        var s = TvOrder.Through(Stage.Produced, NewScenario());
        var completed = s.Current.Production!.CompletedAt!.Value;
        var atRisk = ServiceLevelMonitor.Check(s.Current, ShanghaiLevels.Calendar.AddWorkingTime(completed, Duration.FromMinutes(40)), ShanghaiLevels, Duration.FromMinutes(30)).Single(c => c.Deadline.Level.Step == ServiceStep.Inspected);
        Assert.Equal(DeadlineState.AtRisk, atRisk.State);
        Assert.Equal(Duration.FromMinutes(20), atRisk.Remaining);
        var later = ShanghaiLevels.Calendar.AddWorkingTime(completed, Duration.FromMinutes(90));
        var overdue = ServiceLevelMonitor.Check(s.Current, later, ShanghaiLevels, Duration.FromMinutes(30)).Single(c => c.Deadline.Level.Step == ServiceStep.Inspected);
        Assert.Equal(DeadlineState.Overdue, overdue.State);
        Assert.Equal(Duration.FromMinutes(30), overdue.Overdue);
        Assert.Equal(ServiceStep.Inspected, Assert.Single(ServiceLevelMonitor.Breaches(s.Current, later, ShanghaiLevels, Duration.FromMinutes(30))).Deadline.Level.Step);
    }

    [Fact]
    public void RecordInspection_Late_EmitsABreachEventInTheSameDecision_R38_R40()
    {
        var s = TvOrder.Through(Stage.Produced, NewScenario());
        var accepted = s.Do(new RecordInspection(QualityGrade.First, 2000, 0, "ok"), Actors.QualityInspector, Duration.FromDays(1));
        var breach = Assert.IsType<ServiceLevelBreached>(accepted.Events[^1]);
        Assert.Equal(ServiceStep.Inspected, breach.Step);
        Assert.True(breach.Overdue > Duration.Zero);
        Assert.Equal(ServiceStep.Inspected, Assert.Single(s.Current.ServiceLevelBreaches).Step);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    /// <summary>The breach check keeps the milestones a decision reached as bits of a 64-bit mask.</summary>
    [Fact]
    public void Milestones_FitOneBitEach()
    {
        Assert.All(Enum.GetValues<Milestone>(), m => Assert.InRange((int)m, 0, 63));
    }

    /// <summary>A host's level ending at a milestone that is never recorded never reports a breach (R38).</summary>
    [Fact]
    public void Level_EndingAtAnUndefinedMilestone_IsNeverBreached()
    {
        var undefined = (Milestone)(64 + (int)Milestone.InspectionRecorded);
        var levels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions
        {
            Calendar = ServiceLevelPolicy.DefaultUtcCalendar,
            Levels = [new ServiceLevel(ServiceStep.Inspected, Milestone.ProductionCompleted, undefined, Duration.FromMinutes(1), TimeBasis.Elapsed)],
        });
        var s = TvOrder.Through(Stage.Produced, new Scenario(OrderPolicies.Default with { ServiceLevels = levels }));

        var accepted = s.Do(new RecordInspection(QualityGrade.First, 2000, 0, "ok"), Actors.QualityInspector, Duration.FromDays(3));

        Assert.DoesNotContain(accepted.Events, e => e is ServiceLevelBreached);
        Assert.Empty(s.Current.ServiceLevelBreaches);
    }

    [Fact]
    public void CustomerRequestHold_DoesNotCountAgainstTheLimit_R38()
    {
        var s = TvOrder.Through(Stage.Produced, NewScenario());
        s.Do(new PlaceHold(HoldCode.CustomerRequest, "customer asks to wait for its inspector"), Actors.SalesManager, Duration.FromMinutes(10));
        s.Do(new ReleaseHold("inspector arrived"), Actors.SalesManager, Duration.FromDays(1));
        var accepted = s.Do(new RecordInspection(QualityGrade.First, 2000, 0, "ok"), Actors.QualityInspector, Duration.FromMinutes(10));
        Assert.DoesNotContain(accepted.Events, e => e is ServiceLevelBreached);
        var inspected = ServiceLevelMonitor.Check(s.Current, s.Now, ShanghaiLevels, Duration.Zero).Single(c => c.Deadline.Level.Step == ServiceStep.Inspected);
        Assert.Equal(DeadlineState.MetOnTime, inspected.State);
        Assert.True(inspected.Deadline.Excused > Duration.Zero);
    }

    [Fact]
    public void ActiveCustomerRequestHold_IsExcusedUpToNow_AndOverlapsWithExcusableDelaysCountOnce_R38()
    {
        var s = TvOrder.Through(Stage.Produced, NewScenario());
        s.Do(new PlaceHold(HoldCode.CustomerRequest, "customer asks to wait for its inspector"), Actors.SalesManager, Duration.FromMinutes(10));
        var placed = s.Now;
        var before = ServiceLevelMonitor.Check(s.Current, placed, ShanghaiLevels, Duration.Zero).Single(c => c.Deadline.Level.Step == ServiceStep.Inspected);
        var later = ServiceLevelMonitor.Check(s.Current, placed + Duration.FromDays(1), ShanghaiLevels, Duration.Zero).Single(c => c.Deadline.Level.Step == ServiceStep.Inspected);
        Assert.Equal(Duration.Zero, before.Deadline.Excused);
        Assert.True(later.Deadline.Excused > Duration.Zero, "the open hold is excused up to the instant asked about");
        Assert.True(later.Deadline.DueAt > before.Deadline.DueAt);

        // A customer-caused delay over the same days as the hold is not excused twice.
        var today = placed.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
        s.Do(new RecordExcusableDelay(ExcusableCause.CustomerCaused, today, today, "inspector late"), Actors.SalesManager);
        var both = ServiceLevelMonitor.Check(s.Current, placed + Duration.FromDays(1), ShanghaiLevels, Duration.Zero).Single(c => c.Deadline.Level.Step == ServiceStep.Inspected);
        Assert.True(both.Deadline.Excused >= later.Deadline.Excused);
        Assert.True(both.Deadline.Excused <= ShanghaiLevels.Calendar.WorkingTimeBetween(placed, placed + Duration.FromDays(2)));
    }

    [Fact]
    public void CreditHold_CountsAgainstTheLimit()
    {
        var s = TvOrder.Through(Stage.Produced, NewScenario());
        s.Do(new PlaceHold(HoldCode.Credit, "credit check"), Actors.FinanceManager, Duration.FromMinutes(10));
        s.Do(new ReleaseHold("cleared"), Actors.FinanceManager, Duration.FromDays(1));
        var accepted = s.Do(new RecordInspection(QualityGrade.First, 2000, 0, "ok"), Actors.QualityInspector, Duration.FromMinutes(10));
        Assert.Contains(accepted.Events, e => e is ServiceLevelBreached);
    }

    [Fact]
    public void UrgentOrders_GetHalfTheTime_R4()
    {
        var s = NewScenario();
        s.Do(TvOrder.Receive(priority: Priority.Urgent), Actors.Sales);
        var entered = Assert.Single(ServiceLevelMonitor.Deadlines(s.Current, ShanghaiLevels));
        Assert.Equal(Duration.FromMinutes(30), entered.Level.Limit);
    }

    [Fact]
    public void CompleteStep_TracksHostSteps_AndRefusesTheWrongStage_R38()
    {
        var s = TvOrder.Through(Stage.InProduction, NewScenario());
        s.Do(new CompleteStep(TrackedStep.PlanApproved, "plan v2"), Actors.ProductionManager);
        s.Refuse(new CompleteStep(TrackedStep.Packed, "too early"), Actors.Warehouse).Has(ViolationCodes.InvalidInput, "R38");
        Assert.Contains(s.Current.Milestones, m => m.Milestone == Milestone.PlanApproved);
    }

    [Fact]
    public void CompleteStep_WithoutANote_RecordsAnEmptyOne_AndAnUndefinedStepIsRefused_R38()
    {
        var s = TvOrder.Through(Stage.InProduction, NewScenario());
        var done = s.Do(new CompleteStep(TrackedStep.PlanApproved, null!), Actors.ProductionManager);
        Assert.Equal(string.Empty, Assert.IsType<StepCompleted>(Assert.Single(done.Events)).Note);
        s.Refuse(new CompleteStep((TrackedStep)99, "?"), Actors.ProductionManager).Has(ViolationCodes.InvalidInput, "kernel");

        // Replayed from a stream written elsewhere, an event for an undefined step reaches no milestone.
        var before = s.Current.Milestones.Count;
        var undefined = new StepCompleted((TrackedStep)99, "?") { OrderId = s.Current.Id, Version = s.Current.Version + 1, At = s.Now, By = Actors.ProductionManager.Id };
        Assert.Equal(before, OrderDecider.Evolve(s.Current, undefined).Milestones.Count);
    }

    [Fact]
    public void Kpis_SummariseAPeriod_R41_R47_R49()
    {
        var delivered = TvOrder.Through(Stage.Closed, NewScenario());
        var cancelled = TvOrder.Through(Stage.Recorded, NewScenario());
        cancelled.Do(new OrderKernel.CancelOrder("duplicate"), Actors.SalesManager);
        var report = OrderKpis.Compute([delivered.Current, cancelled.Current], new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31), ShanghaiLevels);
        Assert.Equal(2, report.Received);
        Assert.Equal(1, report.Delivered);
        Assert.Equal(1, report.DeliveredOnTime);
        Assert.Equal(Percentage.Hundred, report.OnTimeDeliveryRate);
        Assert.Equal(1, report.Cancelled);
        var entered = report.Steps.Single(k => k.Step == ServiceStep.Entered);
        Assert.Equal(2, entered.Completed);
        Assert.Equal(Duration.FromHours(1), entered.Median);
        Assert.Equal(9, report.Steps.Count);
    }

    [Fact]
    public void Kpis_LateDeliveriesWithPenalties_SumPenaltiesPerCurrencyAndPointsPerParty_R41_R47_R49()
    {
        static Scenario Late(int day, params string[] parties)
        {
            var s = TvOrder.Through(Stage.Shipped, NewScenario());
            s.Now = Instant.FromUtc(2026, 7, day, 2, 0);
            s.Do(new ConfirmDelivery("dock", s.Now), Actors.Customer);
            s.Do(new AssessDelayPenalty(new LocalDate(2026, 7, day), ValueList<string>.Of(parties)), Actors.SalesManager);
            return s;
        }

        var a = Late(2, "Line 3");               // 2 days late
        var b = Late(4, "Line 3", "Supplier");    // 4 days late, shared
        var received = TvOrder.Through(Stage.Received, NewScenario());
        var report = OrderKpis.Compute([a.Current, b.Current, received.Current], new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 31), ShanghaiLevels);

        Assert.Equal(0, report.Received); // received in March, outside the period
        Assert.Equal(2, report.Delivered);
        Assert.Equal(0, report.DeliveredOnTime);
        Assert.Equal(Percentage.Zero, report.OnTimeDeliveryRate);
        var total = Assert.Single(report.Penalties);
        Assert.Equal(a.Current.DelayPenalty!.Amount + b.Current.DelayPenalty!.Amount, total);
        Assert.Equal(
            [new PartyPoints("Line 3", a.Current.DelayPenalty.PointsPerParty + b.Current.DelayPenalty.PointsPerParty), new PartyPoints("Supplier", b.Current.DelayPenalty.PointsPerParty)],
            report.Points);
        Assert.Throws<ArgumentException>(() => OrderKpis.Compute([], new LocalDate(2026, 7, 31), new LocalDate(2026, 7, 1), ShanghaiLevels));
    }

    [Fact]
    public void Kpis_OfAnEmptyPeriod_CountNothingAndReportEveryStep()
    {
        var report = OrderKpis.Compute([], new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 31), ShanghaiLevels);
        Assert.Equal(0, report.Delivered);
        Assert.Equal(Percentage.Hundred, report.OnTimeDeliveryRate);
        Assert.Empty(report.Penalties);
        Assert.Empty(report.Points);
        Assert.All(report.Steps, k => Assert.Equal(0, k.Completed));
    }
}
