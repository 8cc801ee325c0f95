using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Production;

/// <summary>R21, R22, R24: the plan as a checked commitment, progress as a cadence, the delay alarm.</summary>
public class ProductionPlanTests
{
    private static readonly LocalDate Plan = new(2026, 6, 15);

    [Fact]
    public void ReleaseToProduction_WithoutCapacityAndMaterials_IsRefusedWithBothViolations_R21_R22()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var refusal = s.Refuse(new ReleaseToProduction(Plan), Actors.ProductionManager);
        refusal.Has(ViolationCodes.CapacityNotConfirmed, "R22");
        refusal.Has(ViolationCodes.MaterialsNotReady, "R21");
        s.Refuse(new ReleaseToProduction(Plan) { CapacityConfirmed = true, MaterialsReadyOn = Plan.PlusDays(1) }, Actors.ProductionManager).Has(ViolationCodes.MaterialsNotReady, "R21");
    }

    [Fact]
    public void ReleaseToProduction_CheckedCommitment_RecordsTheMaterialsDate_R21_R22()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new ReleaseToProduction(Plan) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 4, 20) }, Actors.ProductionManager);
        Assert.Equal(new LocalDate(2026, 4, 20), s.Current.Production!.MaterialsReadyOn);
    }

    [Fact]
    public void ReportProductionException_DelayPastTheDueDate_RaisesTheAlarmAtOnce_R24()
    {
        // Planned 2026-06-15, due 2026-06-30: 10 days fit, 10 + 6 do not.
        var s = TvOrder.Through(Stage.InProduction);
        var within = s.Do(new ReportProductionException("panel shortage", Duration.FromDays(10)), Actors.Production);
        Assert.DoesNotContain(within.Events, e => e is ProductionDelayAlarmRaised);
        var past = s.Do(new ReportProductionException("line 3 down", Duration.FromDays(5) + Duration.FromHours(2)), Actors.Production);
        var alarm = Assert.Single(past.Events.OfType<ProductionDelayAlarmRaised>());
        Assert.Equal((new LocalDate(2026, 7, 1), TvOrder.DeliveryDate), (alarm.ExpectedCompletion, alarm.DueDate));
        Assert.Equal(new LocalDate(2026, 7, 1), s.Current.Production!.ExpectedCompletion);
    }

    [Fact]
    public void ApplyChangeRequest_DeliveryDateBeforeThePlan_RaisesTheAlarm_R22_R24()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new SubmitChangeRequest("CR-9", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 6, 10)), "customer's launch moved forward"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-9"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-9", "we try"), Actors.ProductionManager);
        var applied = s.Do(new ApplyChangeRequest("CR-9"), Actors.ProductionManager);
        var alarm = Assert.Single(applied.Events.OfType<ProductionDelayAlarmRaised>());
        Assert.Equal((Plan, new LocalDate(2026, 6, 10)), (alarm.ExpectedCompletion, alarm.DueDate));
    }

    [Fact]
    public void ApplyChangeRequest_DeliveryDateStillAfterThePlan_RaisesNoAlarm_R22()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new SubmitChangeRequest("CR-9", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 6, 20)), "earlier, still after the plan"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-9"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-9", "fine"), Actors.ProductionManager);
        var applied = s.Do(new ApplyChangeRequest("CR-9"), Actors.ProductionManager);
        Assert.DoesNotContain(applied.Events, e => e is ProductionDelayAlarmRaised);
    }

    [Fact]
    public void ReportProgress_LaterThanTheCadence_RecordsTheBreach_R24()
    {
        var s = TvOrder.Through(Stage.InProduction);
        var onTime = s.Do(new ReportProgress(Percentage.Of(10), "day 1"), Actors.Production, Duration.FromHours(1));
        Assert.DoesNotContain(onTime.Events, e => e is ServiceLevelBreached);
        var late = s.Do(new ReportProgress(Percentage.Of(30), "after a silent week"), Actors.Production, Duration.FromDays(7));
        var breach = Assert.Single(late.Events.OfType<ServiceLevelBreached>());
        Assert.Equal(ServiceStep.ProgressReported, breach.Step);
        Assert.Contains(s.Current.ServiceLevelBreaches, b => b.Step == ServiceStep.ProgressReported);
    }

    [Fact]
    public void Check_MissingDailyReport_IsOverdue_AndAReportResetsIt_R24()
    {
        var s = TvOrder.Through(Stage.InProduction);
        var policy = ServiceLevelPolicy.Default;
        var released = s.Current.Production!.ReleasedAt;
        var later = released + Duration.FromDays(3);
        var missing = Assert.Single(ServiceLevelMonitor.Breaches(s.Current, later, policy, Duration.FromHours(1)), c => c.Deadline.Level.Step == ServiceStep.ProgressReported);
        Assert.Equal(DeadlineState.Overdue, missing.State);

        s.Do(new ReportProgress(Percentage.Of(20), "on track"), Actors.Production, Duration.FromMinutes(5));
        var check = Assert.Single(ServiceLevelMonitor.Check(s.Current, s.Now, policy, Duration.FromHours(1)), c => c.Deadline.Level.Step == ServiceStep.ProgressReported);
        Assert.Equal(DeadlineState.Running, check.State);
        var before = Assert.Single(ServiceLevelMonitor.Check(s.Current, released - Duration.FromHours(1), policy, Duration.FromHours(1)), c => c.Deadline.Level.Step == ServiceStep.ProgressReported);
        Assert.Equal(Duration.Zero, before.Used);
    }

    [Fact]
    public void Check_CadenceOff_OrNotInProduction_ListsNoProgressReport_R24()
    {
        var off = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions { Calendar = ServiceLevelPolicy.DefaultUtcCalendar, ProgressReportInterval = null });
        var inProduction = TvOrder.Through(Stage.InProduction);
        Assert.DoesNotContain(ServiceLevelMonitor.Check(inProduction.Current, inProduction.Now + Duration.FromDays(5), off, Duration.Zero), c => c.Deadline.Level.Step == ServiceStep.ProgressReported);
        var produced = TvOrder.Through(Stage.Produced);
        Assert.DoesNotContain(ServiceLevelMonitor.Check(produced.Current, produced.Now + Duration.FromDays(5), ServiceLevelPolicy.Default, Duration.Zero), c => c.Deadline.Level.Step == ServiceStep.ProgressReported);
        Assert.Throws<System.ArgumentException>(() => ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions { Calendar = ServiceLevelPolicy.DefaultUtcCalendar, ProgressReportInterval = Duration.Zero }));
    }

    [Property(MaxTest = 100)]
    public Property ReportProductionException_AlarmExactlyWhenExpectedCompletionPassesTheDueDate_R24() =>
        Prop.ForAll(Gen.Choose(0, 40).ToArbitrary(), days =>
        {
            var s = TvOrder.Through(Stage.InProduction);
            var decided = s.Do(new ReportProductionException("delay", Duration.FromDays(days)), Actors.Production);
            var raised = decided.Events.OfType<ProductionDelayAlarmRaised>().Any();
            return raised == (Plan.PlusDays(days) > TvOrder.DeliveryDate);
        });

    [Fact]
    public void ReportProgress_CadenceSwitchedOff_RecordsNoBreach_R24()
    {
        var off = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions { Calendar = ServiceLevelPolicy.DefaultUtcCalendar, ProgressReportInterval = null });
        var s = TvOrder.Through(Stage.InProduction, new Scenario(OrderPolicies.Default with { ServiceLevels = off }));
        var late = s.Do(new ReportProgress(Percentage.Of(30), "after a silent week"), Actors.Production, Duration.FromDays(7));
        Assert.DoesNotContain(late.Events, e => e is ServiceLevelBreached);
    }

    [Fact]
    public void ApplyChangeRequest_EarlierDateAfterAnAlarm_ComparesWithTheExpectedCompletion_R22_R24()
    {
        // Planned 06-15; 20 days of expected delay move the expected completion to 07-05: a new date of 07-02 still misses it.
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new ReportProductionException("panel shortage", Duration.FromDays(20)), Actors.Production);
        Assert.Equal(new LocalDate(2026, 7, 5), s.Current.Production!.ExpectedCompletion);
        s.Do(new SubmitChangeRequest("CR-9", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 7, 2)), "customer accepts a later date, not that late"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-9"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-9", "ok"), Actors.ProductionManager);
        var applied = s.Do(new ApplyChangeRequest("CR-9"), Actors.ProductionManager);
        var alarm = Assert.Single(applied.Events.OfType<ProductionDelayAlarmRaised>());
        Assert.Equal((new LocalDate(2026, 7, 5), new LocalDate(2026, 7, 2)), (alarm.ExpectedCompletion, alarm.DueDate));
    }

    [Fact]
    public void ApplyChangeRequest_EarlierDateAfterProductionCompleted_RaisesNoAlarm_R22()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new SubmitChangeRequest("CR-9", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 6, 1)), "goods are ready"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-9"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-9", "ok"), Actors.ProductionManager);
        var applied = s.Do(new ApplyChangeRequest("CR-9"), Actors.ProductionManager);
        Assert.DoesNotContain(applied.Events, e => e is ProductionDelayAlarmRaised);
    }
}
