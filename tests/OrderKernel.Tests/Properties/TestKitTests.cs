using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderKernel.Policies;
using Xunit;

namespace OrderKernel.Tests.Properties;

/// <summary>The test kit itself (src/OrderKernel.Testing, issue 24): the scenario builder, the generators and the invariants can fail.</summary>
public class TestKitTests
{
    /// <summary>Lets goods leave whatever is unpaid: the deliberately wrong policy the invariants must catch (R30).</summary>
    private sealed class ShipsUnpaid : IShipmentReleasePolicy
    {
        public ValueList<Violation> Check(Order order, Instant now) => default;
    }

    [Theory]
    [InlineData(OrderStatus.Received)]
    [InlineData(OrderStatus.AwaitingCompletion)]
    [InlineData(OrderStatus.ReviewRejected)]
    [InlineData(OrderStatus.Lost)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.Inspected)]
    [InlineData(OrderStatus.Closed)]
    public void UpTo_AnyStatus_ReachesItAndItsEventsReplayToTheState(OrderStatus status)
    {
        var run = OrderScenario.Default.UpTo(status);

        Assert.Equal(status, run.State.Status);
        Assert.Equal(run.State, OrderDecider.Replay(run.Events));
        Assert.Same(run.Policies, run.Context(Actors.Sales).Policies);
        OrderInvariants.CheckHistory(run.State, run.Events, InvariantSettings.Default);
    }

    [Fact]
    public void UpTo_OverriddenCurrencyCustomerAndStart_UsesThemAndPaysInTheCurrencysScale()
    {
        var scenario = OrderScenario.Default with
        {
            Currency = Currency.JPY,
            Customer = CustomerInfo.Create(CustomerId.From("c-kyoto"), "Kyoto Denki", CustomerTier.Key),
            Start = Instant.FromUtc(2026, 4, 1, 0, 0),
        };

        var run = scenario.UpTo(OrderStatus.ReleasedForShipment);

        Assert.Equal(Currency.JPY, run.State.Currency);
        Assert.Equal("Kyoto Denki", run.State.Customer.Name);
        Assert.Equal(run.State.Contract!.DueBeforeShipment, run.State.TotalPaid);
    }

    [Fact]
    public void UpTo_OverriddenTermsAndActors_PaysNothingBeforeProductionAndSignsWithTheGivenPeople()
    {
        var signer = Actor.Create("u-sm-2", "Fang Yu (sales manager)", Role.SalesManager);
        var scenario = OrderScenario.Default with
        {
            Terms = PaymentTerms.Create(PaymentInstrument.TelegraphicTransfer, Installment.Create("all", Percentage.Hundred, InstallmentDue.BeforeShipment)),
            Actors = ScenarioActors.Default with { SalesManager = signer },
        };

        var run = scenario.UpTo(OrderStatus.InProduction);

        Assert.Empty(run.State.Payments);
        Assert.Contains(run.Events, e => e is ContractSigned && e.By == signer.Id);
    }

    [Fact]
    public void UpTo_APolicyThatMakesTheStageUnreachable_FailsLoudlyWithTheRefusal()
    {
        var options = OrderKernelOptions.Default.WithGuard(
            CommandKind.AcceptQuotation, OrderStatus.Quoted, OrderStatus.QuotationAccepted, "never", "never accepts", "X1",
            (_, _) => Violation.Of("x-never", "never", "X1"));

        var e = Assert.Throws<ScenarioException>(() => (OrderScenario.Default with { Options = options }).UpTo(OrderStatus.Shipped));

        Assert.Equal(CommandKind.AcceptQuotation, e.Command!.Kind);
        e.Rejected!.Has("x-never", "X1");
    }

    [Fact]
    public void UpTo_Draft_IsNotAStatusAnOrderCanBeDrivenTo() =>
        Assert.Throws<ArgumentException>(() => OrderScenario.Default.UpTo(OrderStatus.Draft));

    [Fact]
    public void Falsify_APolicyThatShipsUnpaid_IsCaughtWithAShrunkSequence_R30()
    {
        var sequences = OrderSequences.Default with { Policies = OrderPolicies.Default with { ShipmentRelease = new ShipsUnpaid() } };
        var progress = Gen.Constant(new SequenceStep(0, 0, true, 60, true));
        var unpaidShip = Gen.Elements(CommandCatalog.Standard.Select((t, i) => (t, i)).Where(x => x.t.Name is "ship" or "release-shipment").Select(x => new SequenceStep(x.i, 0, true, 60, false)).ToArray());
        var arbitrary = Arb.From(Gen.Frequency((9, progress), (2, unpaidShip)).ArrayOf(40), OrderSequences.Shrink);

        var found = PropertyCheck.Falsify(arbitrary, steps =>
        {
            foreach (var step in sequences.Run(steps))
            {
                OrderInvariants.Check(step);
            }
        });

        Assert.NotNull(found);
        Assert.Contains("unpaid", found.Message, StringComparison.Ordinal);
        Assert.True(found.Shrunk.Length < found.Original.Length && found.Shrunk.Length <= 20, $"shrunk to {found.Shrunk.Length} steps");
        Assert.NotNull(PropertyCheck.Falsify(arbitrary, steps => { foreach (var step in sequences.Run(steps)) { OrderInvariants.Check(step); } }, replay: found.Replay));
    }

    [Fact]
    public void Falsify_APropertyThatHolds_FindsNothing() =>
        Assert.Null(PropertyCheck.Falsify((OrderSequences.Default with { MaxLength = 5 }).Arbitrary(), steps => Assert.True(steps.Length <= 5), maxTest: 20));

    [Fact]
    public void ValidCommands_FromAState_AreAllAccepted()
    {
        var run = OrderScenario.Default.UpTo(OrderStatus.Inspected);
        var commands = OrderSequences.Default.ValidCommands(run.State, Actors.Finance, run.Now + Duration.FromHours(1)).Sample(20, 10);

        Assert.All(commands, c => Assert.True(OrderDecider.Decide(run.State, c, DecisionContext.Create(run.Now + Duration.FromHours(1), Actors.Finance, run.Policies)).IsT0));
        Assert.Throws<InvalidOperationException>(() => OrderSequences.Default.ValidCommands(null, Actors.Warehouse, run.Now));
    }

    [Fact]
    public void ValueGen_MoneyIsInTheCurrencysScale_AndDatesInsideTheLimits()
    {
        Assert.All(ValueGen.Money(Currency.KWD).Sample(50, 10), m => Assert.Equal(Currency.KWD, m.Currency));
        Assert.All(ValueGen.Money(Currency.JPY).Sample(50, 10), m => Assert.Equal(decimal.Truncate(m.Amount), m.Amount));
        Assert.All(ValueGen.Dates.Sample(100, 10), d => Assert.InRange(d, KernelLimits.MinDate, KernelLimits.MaxDate));
        Assert.All(ValueGen.Quantities.Sample(100, 10), q => Assert.InRange(q.Value, 1m, KernelLimits.MaxQuantity));
    }

    [Fact]
    public void Check_ATransitionOutsideTheTable_IsReported()
    {
        var run = OrderScenario.Default.UpTo(OrderStatus.Recorded);
        var before = OrderScenario.Default.UpTo(OrderStatus.Received).State;
        var result = OrderDecider.Decide(before, new RecordOrder(123), DecisionContext.Create(run.Now, Actors.Clerk, run.Policies));
        var narrowed = InvariantSettings.Default with { Lifecycle = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.QuotationApproval)).Lifecycle };

        OrderInvariants.Check(before, new RecordOrder(123), result);
        Assert.Empty(OrderInvariants.Violations(before, new RecordOrder(123), result, narrowed));
        var broken = OrderInvariants.Violations(run.State, new RecordOrder(123), result, InvariantSettings.Default);
        Assert.NotEmpty(broken);
    }
}
