using OrderKernel.Policies;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;

using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Kernel;

/// <summary>Optional stages left out through <see cref="OrderKernelOptions.Without"/>, through the public API only (issue 21, part 5).</summary>
public class OptionalStageTests
{
    // Every order needs an approved sample (R14) unless the sample round is left out.
    private static readonly OrderPolicies EverySample = OrderPolicies.Default with { Sample = SamplePolicy.Create(new SamplePolicyOptions { AllOrders = true }) };

    [Fact]
    public void Without_SampleRound_ReleasesANewProductWithoutASampleAndDrawsNoSampleCommands()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.SampleRound));
        var standard = TvOrder.Through(Stage.DepositPaid, new Scenario(EverySample));

        var s = TvOrder.Through(Stage.Closed, new Scenario(EverySample, decider));

        standard.Refuse(new ReleaseToProduction(new NodaTime.LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new NodaTime.LocalDate(2026, 6, 15) }, Actors.ProductionManager).Has(ViolationCodes.SampleNotApproved, "R14");
        Assert.Equal(OrderStatus.Closed, s.Current.Status);
        var mermaid = decider.Lifecycle.ToMermaid();
        Assert.Contains("    ReadyForProduction --> InProduction : ReleaseToProduction\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("Sample", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain(decider.Lifecycle.Guards, g => g.Name == "sample-approved-if-required");
        AssertInvariants(decider, s);
    }

    [Fact]
    public void Without_SampleRound_RefusesSampleCommandsByTheTable()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.SampleRound));
        var s = TvOrder.Through(Stage.DepositPaid, new Scenario(decider: decider));

        s.Refuse(new SendSample(1, "first unit"), Actors.Sales).Has(ViolationCodes.TransitionNotAllowed);
    }

    [Fact]
    public void Without_QuotationApproval_AcceptsAQuotationNobodyApproved()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.QuotationApproval));
        var s = TvOrder.Through(Stage.Quoted, new Scenario(decider: decider));
        var quotation = s.Current.Quotation!;

        s.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), Actors.DepartmentHead).Has(ViolationCodes.TransitionNotAllowed);
        TvOrder.Through(Stage.Closed, s, from: Stage.Accepted);

        Assert.Empty(quotation.RequiredLevels);
        Assert.Equal(QuotationStatus.Approved, quotation.Status);
        Assert.Equal(OrderStatus.Closed, s.Current.Status);
        var mermaid = decider.Lifecycle.ToMermaid();
        Assert.Contains("    Quoted --> QuotationAccepted : AcceptQuotation [quotation-not-expired]\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("ApproveQuotation", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("RejectQuotationApproval", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("quotation-approved", mermaid, StringComparison.Ordinal);
        AssertInvariants(decider, s);
    }

    [Fact]
    public void Without_QuotationApproval_ExplainsWhyNoLevelIsRequiredWhenRevising()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.QuotationApproval));
        var s = TvOrder.Through(Stage.Quoted, new Scenario(decider: decider));

        s.Do(new ReviseQuotation(TvOrder.Prices(80.00m), new NodaTime.LocalDate(2026, 3, 31), "price match"), Actors.Sales);

        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);
        Assert.Empty(s.Current.Quotation.RequiredLevels);
        AssertInvariants(decider, s);
    }

    [Fact]
    public void Without_FinalInspection_CompletingProductionLeadsToInspectedWithTheInspectionWaived()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.FinalInspection));
        var s = TvOrder.Through(Stage.Produced, new Scenario(decider: decider));

        Assert.Equal(OrderStatus.Inspected, s.Current.Status);
        Assert.Equal(["ProductionCompleted", "InspectionPassed"], s.Events.TakeLast(2).Select(e => e.GetType().Name));
        Assert.Equal((true, 0, 0), (s.Current.Inspection!.Passed, s.Current.Inspection.SampleSize, s.Current.Inspection.DefectsFound));
        Assert.Contains("left out", s.Current.Inspection.Notes, StringComparison.Ordinal);
        s.Refuse(new RecordInspection(QualityGrade.First, 2000, 1, "AQL 1.0 passed"), Actors.QualityInspector).Has(ViolationCodes.TransitionNotAllowed);
        TvOrder.Through(Stage.Closed, s, from: Stage.BalancePaid);
        Assert.Equal(OrderStatus.Closed, s.Current.Status);
        AssertInvariants(decider, s);
    }

    [Fact]
    public void Without_FinalInspection_DrawsNoProductionCompletedStatus()
    {
        var lifecycle = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.FinalInspection)).Lifecycle;
        var mermaid = lifecycle.ToMermaid();

        Assert.Contains("    InProduction --> Inspected : CompleteProduction\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("ProductionCompleted", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("RecordInspection", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain(lifecycle.Transitions, t => t.From == OrderStatus.ProductionCompleted || t.To == OrderStatus.ProductionCompleted);
        Assert.Contains("ProductionCompleted", OrderLifecycle.Definition.ToMermaid(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_EveryStage_RunsTheShortestPathAndKeepsTheTableValid()
    {
        var options = OrderKernelOptions.Default
            .Without(OptionalStage.SampleRound)
            .Without(OptionalStage.QuotationApproval)
            .Without(OptionalStage.FinalInspection)
            .Without(OptionalStage.FinalInspection);
        var decider = OrderDecider.Create(options);
        var s = new Scenario(EverySample, decider);

        TvOrder.Through(Stage.Quoted, s);
        TvOrder.Through(Stage.Produced, s, from: Stage.Accepted);
        TvOrder.Through(Stage.Closed, s, from: Stage.BalancePaid);

        Assert.Equal([OptionalStage.SampleRound, OptionalStage.QuotationApproval, OptionalStage.FinalInspection], options.Omitted);
        Assert.Equal(OrderStatus.Closed, s.Current.Status);
        Assert.Equal(
            Enum.GetValues<OrderStatus>().Where(x => x != OrderStatus.ProductionCompleted),
            decider.Lifecycle.Transitions.SelectMany(t => new[] { t.From, t.To }).Append(OrderStatus.Draft).Distinct().Order());
        AssertInvariants(decider, s);
    }

    [Fact]
    public void Without_NoStage_KeepsTheStandardDeciderAndAnUndefinedStageThrows()
    {
        Assert.Empty(OrderKernelOptions.Default.Omitted);
        Assert.Same(OrderLifecycle.Definition, OrderDecider.Create(OrderKernelOptions.Default).Lifecycle);
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => OrderKernelOptions.Default.Without((OptionalStage)4));
    }

    [Fact]
    public void Without_AStageWithAnAddedGuard_KeepsTheGuardOnItsEdge()
    {
        var options = OrderKernelOptions.Default
            .Without(OptionalStage.FinalInspection)
            .WithGuard(CommandKind.CompleteProduction, OrderStatus.InProduction, OrderStatus.Inspected, "erp-packing-list", "The packing list is printed.", "ERP-9", static (_, _) => null);

        var mermaid = OrderDecider.Create(options).Lifecycle.ToMermaid();

        Assert.Contains("    InProduction --> Inspected : CompleteProduction [erp-packing-list]\n", mermaid, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => OrderDecider.Create(OrderKernelOptions.Default
            .Without(OptionalStage.FinalInspection)
            .WithGuard(CommandKind.RecordInspection, OrderStatus.ProductionCompleted, OrderStatus.Inspected, "erp-x", "Something.", "ERP-9", static (_, _) => null)));
    }

    // The invariants every decider keeps: replaying the events gives the decided state (with the configured decider and
    // with the standard fold, since events apply themselves), and the state and events survive a JSON round trip.
    private static void AssertInvariants(ConfiguredOrderDecider decider, Scenario s)
    {
        Assert.Equal(s.Current, decider.Replay(s.Events));
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
        Assert.Equal(s.Current, OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(s.Current)).AsT0);
        foreach (var e in s.Events)
        {
            Assert.Equal(e, OrderKernelJson.ReadEvent(OrderKernelJson.Write(e)).AsT0);
        }
    }
}
