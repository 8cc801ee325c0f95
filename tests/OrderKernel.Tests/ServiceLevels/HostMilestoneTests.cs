using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.ServiceLevels;

/// <summary>R26: substrate and auxiliary materials ready two days before the finishing step, as a host-declared level.</summary>
public class HostMilestoneTests
{
    internal static readonly MilestoneName MaterialsReady = MilestoneName.Of("materials-ready");
    internal static readonly MilestoneName FinishingStart = MilestoneName.Of("finishing-start");

    // The seed's rule (003 家电 6.2): materials at least two days before the finishing step's planned start.
    internal static readonly IServiceLevelPolicy Levels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions
    {
        Calendar = ServiceLevelPolicy.DefaultUtcCalendar,
        HostMilestones = [MaterialsReady, FinishingStart],
        HostLevels = [new HostServiceLevel(MaterialsReady, FinishingStart, Duration.FromDays(-2), TimeBasis.Elapsed)],
    });

    private static Scenario InProduction(IServiceLevelPolicy? levels = null) =>
        TvOrder.Through(Stage.InProduction, new Scenario(OrderPolicies.Default with { ServiceLevels = levels ?? Levels }));

    [Fact]
    public void ReachMilestone_TwoDaysBeforeThePlannedFinishing_IsMetOnTime_R26()
    {
        var s = InProduction();
        var finishing = s.Now + Duration.FromDays(10);
        s.Do(new PlanMilestone(FinishingStart, finishing, "plan P-7"), Actors.Production);
        var reached = s.Do(new ReachMilestone(MaterialsReady, "substrate and auxiliaries in stock"), Actors.ProcurementManager, Duration.FromDays(3));

        Assert.DoesNotContain(reached.Events, e => e is HostServiceLevelBreached);
        var check = Assert.Single(ServiceLevelMonitor.CheckHostLevels(s.Current, s.Now, Levels, Duration.FromHours(12)));
        Assert.Equal(DeadlineState.MetOnTime, check.State);
        Assert.Equal(finishing - Duration.FromDays(2), check.DueAt);
        Assert.Equal(finishing, check.AnchorAt);
        Assert.Equal(new HostMilestoneStatus(MaterialsReady, null, s.Now), s.Current.HostMilestones.Single(m => m.Milestone.Equals(MaterialsReady)));
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void CheckHostLevels_BeforeTheDeadline_IsRunningThenAtRiskThenOverdue_R26()
    {
        var s = InProduction();
        var finishing = s.Now + Duration.FromDays(10);
        s.Do(new PlanMilestone(FinishingStart, finishing, "plan P-7"), Actors.Production);
        var due = finishing - Duration.FromDays(2);

        var running = Assert.Single(ServiceLevelMonitor.CheckHostLevels(s.Current, due - Duration.FromDays(3), Levels, Duration.FromDays(1)));
        Assert.Equal((DeadlineState.Running, Duration.FromDays(3), Duration.Zero), (running.State, running.Remaining, running.Overdue));
        Assert.Equal(DeadlineState.AtRisk, Assert.Single(ServiceLevelMonitor.CheckHostLevels(s.Current, due - Duration.FromHours(6), Levels, Duration.FromDays(1))).State);
        var overdue = Assert.Single(ServiceLevelMonitor.CheckHostLevels(s.Current, due + Duration.FromHours(5), Levels, Duration.FromDays(1)));
        Assert.Equal((DeadlineState.Overdue, Duration.FromHours(5), Duration.Zero), (overdue.State, overdue.Overdue, overdue.Remaining));
        Assert.Null(overdue.ReachedAt);
    }

    [Fact]
    public void CheckHostLevels_WithoutAPlannedAnchor_ListsNothing_R26()
    {
        var s = InProduction();
        Assert.Empty(ServiceLevelMonitor.CheckHostLevels(s.Current, s.Now + Duration.FromDays(30), Levels, Duration.Zero));
    }

    [Fact]
    public void ReachMilestone_LessThanTwoDaysBeforeFinishing_RecordsABreach_R26()
    {
        var s = InProduction();
        var finishing = s.Now + Duration.FromDays(3);
        s.Do(new PlanMilestone(FinishingStart, finishing, "plan P-7"), Actors.Production);
        var reached = s.Do(new ReachMilestone(MaterialsReady, "auxiliaries arrived late"), Actors.Warehouse, Duration.FromDays(2));

        var breach = Assert.IsType<HostServiceLevelBreached>(reached.Events[^1]);
        var late = s.Now - (finishing - Duration.FromDays(2));
        Assert.True(late > Duration.Zero);
        Assert.Equal((MaterialsReady, FinishingStart, finishing - Duration.FromDays(2), late), (breach.Milestone, breach.Anchor, breach.DueAt, breach.Overdue));
        Assert.Equal(new HostServiceLevelBreach(MaterialsReady, FinishingStart, breach.DueAt, s.Now, late), Assert.Single(s.Current.HostServiceLevelBreaches));
        var check = Assert.Single(ServiceLevelMonitor.CheckHostLevels(s.Current, s.Now, Levels, Duration.Zero));
        Assert.Equal((DeadlineState.CompletedLate, late), (check.State, check.Overdue));
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void PlanMilestone_AgainLater_ReplacesThePlan_AndAReachedMilestoneKeepsItsFirstInstant_R26()
    {
        var s = InProduction();
        s.Do(new PlanMilestone(FinishingStart, s.Now + Duration.FromDays(3), "plan P-7"), Actors.Production);
        var replanned = s.Now + Duration.FromDays(8);
        s.Do(new PlanMilestone(FinishingStart, replanned, "plan P-7 rev 1"), Actors.ProductionManager);
        Assert.Equal(replanned, Assert.Single(s.Current.HostMilestones).PlannedAt);

        s.Do(new ReachMilestone(MaterialsReady, "ready"), Actors.Warehouse, Duration.FromDays(1));
        var first = s.Now;
        s.Refuse(new ReachMilestone(MaterialsReady, "ready again"), Actors.Warehouse, Duration.FromDays(1)).Has(ViolationCodes.MilestoneAlreadyReached);
        Assert.Equal(first, s.Current.HostMilestones.Single(m => m.Milestone.Equals(MaterialsReady)).ReachedAt);
    }

    [Fact]
    public void ReachMilestone_UndeclaredOrStandard_IsATypedRefusal_R26()
    {
        var s = InProduction();
        s.Refuse(new ReachMilestone(MilestoneName.Of("coating-ready"), "?"), Actors.Production).Has(ViolationCodes.MilestoneUndeclared);
        s.Refuse(new ReachMilestone(MilestoneName.For(Milestone.ProductionCompleted), "?"), Actors.Production).Has(ViolationCodes.MilestoneUndeclared);
        s.Refuse(new PlanMilestone(MilestoneName.Of("coating-ready"), s.Now, "?"), Actors.Production).Has(ViolationCodes.MilestoneUndeclared);
        TvOrder.Through(Stage.InProduction).Refuse(new ReachMilestone(MaterialsReady, "default policy declares none"), Actors.Production).Has(ViolationCodes.MilestoneUndeclared);
    }

    [Fact]
    public void HostLevel_AnchoredOnAStandardMilestone_CountsWorkingTimeAfterIt_R26()
    {
        var ordered = MilestoneName.Of("materials-ordered");
        var levels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions
        {
            Calendar = ServiceLevelPolicy.DefaultUtcCalendar,
            HostMilestones = [ordered],
            HostLevels = [new HostServiceLevel(ordered, MilestoneName.For(Milestone.ProductionReleased), Duration.FromHours(4), TimeBasis.Working)],
        });
        var s = InProduction(levels);
        var released = s.Current.Milestones.Last(m => m.Milestone == Milestone.ProductionReleased).At;
        var check = Assert.Single(ServiceLevelMonitor.CheckHostLevels(s.Current, s.Now, levels, Duration.Zero));
        Assert.Equal(levels.Calendar.AddWorkingTime(released, Duration.FromHours(4)), check.DueAt);

        var late = s.Do(new ReachMilestone(ordered, "ordered"), Actors.ProcurementManager, Duration.FromDays(3));
        Assert.Equal(ordered, Assert.IsType<HostServiceLevelBreached>(late.Events[^1]).Milestone);
    }

    [Fact]
    public void ReachMilestone_BeforeAnyPlan_RecordsNoBreach_AndTheMonitorMeasuresItOnceThePlanExists_R26()
    {
        var s = InProduction();
        var reached = s.Do(new ReachMilestone(MaterialsReady, "early"), Actors.Warehouse);
        Assert.DoesNotContain(reached.Events, e => e is HostServiceLevelBreached);
        s.Do(new PlanMilestone(FinishingStart, s.Now + Duration.FromHours(1), "tight plan"), Actors.Production);
        Assert.Equal(DeadlineState.CompletedLate, Assert.Single(ServiceLevelMonitor.CheckHostLevels(s.Current, s.Now, Levels, Duration.Zero)).State);
    }

    [Fact]
    public void ReachMilestone_ReachedHostAnchor_IsUsedWhenNotPlanned_R26()
    {
        var s = InProduction();
        s.Do(new ReachMilestone(FinishingStart, "finishing started unplanned"), Actors.Production);
        var check = Assert.Single(ServiceLevelMonitor.CheckHostLevels(s.Current, s.Now, Levels, Duration.Zero));
        Assert.Equal((s.Now, s.Now - Duration.FromDays(2), DeadlineState.Overdue), (check.AnchorAt, check.DueAt, check.State));
    }

    [Fact]
    public void HostLevel_AnchoredOnAStandardMilestoneNotYetReached_IsNotListed_AndANullNoteReadsEmpty_R26()
    {
        var levels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions
        {
            Calendar = ServiceLevelPolicy.DefaultUtcCalendar,
            HostMilestones = [MaterialsReady],
            HostLevels = [new HostServiceLevel(MaterialsReady, MilestoneName.For(Milestone.ProductionCompleted), Duration.FromDays(1), TimeBasis.Elapsed)],
        });
        var s = InProduction(levels);
        var reached = s.Do(new ReachMilestone(MaterialsReady, null!), Actors.Warehouse);
        Assert.Equal(string.Empty, Assert.IsType<HostMilestoneReached>(Assert.Single(reached.Events)).Note);
        Assert.Empty(ServiceLevelMonitor.CheckHostLevels(s.Current, s.Now, levels, Duration.Zero));
        var planned = s.Do(new PlanMilestone(MaterialsReady, s.Now, null!), Actors.Production);
        Assert.Equal(string.Empty, Assert.IsType<HostMilestonePlanned>(Assert.Single(planned.Events)).Note);
    }

    /// <summary>A host's own service-level policy written before R26 declares no host milestones: reaching one is refused.</summary>
    [Fact]
    public void ReachMilestone_WithAHostPolicyWithoutHostMembers_IsRefusedAsUndeclared_R26()
    {
        var own = new OwnLevels();
        Assert.True(((IServiceLevelPolicy)own).HostMilestones.IsEmpty);
        Assert.True(((IServiceLevelPolicy)own).HostLevels.IsEmpty);
        InProduction(own).Refuse(new ReachMilestone(MaterialsReady, "x"), Actors.Warehouse).Has(ViolationCodes.MilestoneUndeclared);
    }

    private sealed class OwnLevels : IServiceLevelPolicy
    {
        public IBusinessCalendar Calendar => ServiceLevelPolicy.Default.Calendar;

        public ValueList<ServiceLevel> LevelsFor(Priority priority) => ServiceLevelPolicy.Default.LevelsFor(priority);

        public bool Excuses(HoldCode code) => false;
    }

    [Fact]
    public void ServiceLevelPolicy_Create_RefusesInconsistentHostDeclarations_R26()
    {
        static void Refused(ValueList<MilestoneName> milestones, params HostServiceLevel[] levels) =>
            Assert.ThrowsAny<System.ArgumentException>(() => ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions { Calendar = ServiceLevelPolicy.DefaultUtcCalendar, HostMilestones = milestones, HostLevels = ValueList<HostServiceLevel>.Of(levels) }));
        var other = MilestoneName.Of("other");
        Refused([MilestoneName.Of("packed")]);
        Refused([MaterialsReady, MaterialsReady]);
        Refused([MaterialsReady], new HostServiceLevel(other, MaterialsReady, Duration.FromDays(1), TimeBasis.Elapsed));
        Refused([MaterialsReady], new HostServiceLevel(MaterialsReady, MaterialsReady, Duration.FromDays(1), TimeBasis.Elapsed));
        Refused([MaterialsReady], new HostServiceLevel(MaterialsReady, other, Duration.FromDays(1), TimeBasis.Elapsed));
        Refused([MaterialsReady, other], new HostServiceLevel(MaterialsReady, other, Duration.FromDays(1), TimeBasis.Elapsed), new HostServiceLevel(MaterialsReady, other, Duration.FromDays(2), TimeBasis.Elapsed));
        Refused([MaterialsReady, other], new HostServiceLevel(MaterialsReady, other, Duration.FromDays(-1), TimeBasis.Working));
        Refused([MaterialsReady, other], new HostServiceLevel(MaterialsReady, other, Duration.FromDays(4000), TimeBasis.Elapsed));
        Refused([MaterialsReady, other], new HostServiceLevel(MaterialsReady, other, Duration.FromDays(1), (TimeBasis)7));
    }

    [Fact]
    public void MilestoneName_Of_ValidatesTheNameAndKnowsTheStandardOnes_R26()
    {
        Assert.Equal(Milestone.ProductionReleased, MilestoneName.Of("ProductionReleased").Standard);
        Assert.Same(MilestoneName.For(Milestone.Packed), MilestoneName.Of("Packed"));
        Assert.Null(MaterialsReady.Standard);
        Assert.Equal("materials-ready", MaterialsReady.ToString());
        Assert.Equal(MaterialsReady, MilestoneName.Of("materials-ready"));
        Assert.Equal(MaterialsReady.GetHashCode(), MilestoneName.Of("materials-ready").GetHashCode());
        Assert.False(MaterialsReady.Equals((object)"materials-ready"));
        Assert.Throws<System.ArgumentException>(() => MilestoneName.Of("1st-step"));
        Assert.Throws<System.ArgumentException>(() => MilestoneName.Of("materials ready"));
        Assert.Throws<System.ArgumentException>(() => MilestoneName.Of("材料"));
        Assert.Throws<System.ArgumentException>(() => MilestoneName.Of(""));
        Assert.Throws<System.ArgumentException>(() => MilestoneName.Of(new string('a', KernelLimits.MaxKeyLength + 1)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => MilestoneName.For((Milestone)99));
    }

    [Fact]
    public void ServiceLevelPolicyOptions_WithHostLevels_RoundTripThroughJson_R26()
    {
        var options = new ServiceLevelPolicyOptions
        {
            Calendar = ServiceLevelPolicy.DefaultUtcCalendar,
            HostMilestones = [MaterialsReady, FinishingStart],
            HostLevels = [new HostServiceLevel(MaterialsReady, FinishingStart, Duration.FromDays(-2), TimeBasis.Elapsed)],
        };
        var json = JsonSerializer.Serialize(options, OrderKernelJson.Options);
        Assert.Contains("\"hostMilestones\": [\"materials-ready\", \"finishing-start\"]".Replace(" ", string.Empty, StringComparison.Ordinal), json.Replace(" ", string.Empty, StringComparison.Ordinal).ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize<ServiceLevelPolicyOptions>(json, OrderKernelJson.Options)!;
        Assert.Equal(options.HostMilestones, read.HostMilestones);
        Assert.Equal(options.HostLevels, read.HostLevels);
    }

    [Theory]
    [InlineData("\"materials ready\"")]
    [InlineData("\"\"")]
    [InlineData("42")]
    public void Deserialize_HostileMilestoneName_IsAJsonReadError_R26(string name)
    {
        var json = $$"""{"type":"reach-milestone.v1","milestone":{{name}},"note":"x"}""";
        Assert.True(OrderKernelJson.ReadCommand(json).IsT1);
    }

    [Fact]
    public void Deserialize_HugeMilestoneName_IsAJsonReadError_R26()
    {
        var json = $$"""{"type":"reach-milestone.v1","milestone":"{{new string('m', 100_000)}}","note":"x"}""";
        Assert.True(OrderKernelJson.ReadCommand(json).IsT1);
    }

    /// <summary>A host milestone reached no later than its deadline never breaches; one reached later always does (R26).</summary>
    [Property(MaxTest = 60)]
    public Property ReachMilestone_BreachesExactlyWhenAfterTheDeadline_R26() =>
        Prop.ForAll(Gen.Choose(1, 20).ToArbitrary(), Gen.Choose(0, 20 * 24).ToArbitrary(), (planDays, reachHours) =>
        {
            var s = InProduction();
            var finishing = s.Now + Duration.FromDays(planDays);
            s.Do(new PlanMilestone(FinishingStart, finishing, "plan"), Actors.Production);
            var reached = s.Do(new ReachMilestone(MaterialsReady, "ready"), Actors.Warehouse, Duration.FromHours(reachHours));
            var late = s.Now > finishing - Duration.FromDays(2);
            return reached.Events.Any(e => e is HostServiceLevelBreached) == late && s.Current.HostServiceLevelBreaches.IsEmpty != late;
        });

    /// <summary>Declaring host levels changes no decision of an order that never reaches its milestones (R26).</summary>
    [Property(MaxTest = 15)]
    public Property DeclaringHostLevels_ChangesNoDecision_OfOrdersThatNeverReachTheirMilestones_R26() =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<Stage>()).ToArbitrary(), stage =>
        {
            var plain = TvOrder.Through(stage, new Scenario(OrderPolicies.Default));
            var declared = TvOrder.Through(stage, new Scenario(OrderPolicies.Default with { ServiceLevels = Levels }));
            return plain.Events.Select(e => JsonSerializer.Serialize(e, OrderKernelJson.Options)).SequenceEqual(declared.Events.Select(e => JsonSerializer.Serialize(e, OrderKernelJson.Options)));
        });
}
