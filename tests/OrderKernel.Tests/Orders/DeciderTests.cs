using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Orders;

public class DeciderTests
{
    [Fact]
    public void Decide_RepeatedIdempotencyKey_ReturnsTheSameStateWithoutEvents()
    {
        var s = TvOrder.Through(Stage.Received);
        var first = s.Do(new RecordOrder(7) { IdempotencyKey = "req-42" }, Actors.Clerk);
        Assert.Equal("req-42", first.Events[0].IdempotencyKey);
        var again = s.Do(new RecordOrder(7) { IdempotencyKey = "req-42" }, Actors.Clerk);
        Assert.True(again.IsDuplicate);
        Assert.Empty(again.Events);
        Assert.Same(first.State, again.State);
        Assert.Equal("SO-2026-000007", s.Current.Registration!.OrderNumber);
    }

    [Fact]
    public void Decide_VersionGrowsByTheNumberOfEvents()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new OrderKernel.SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(OrderKernel.Department.Sales), Actors.SalesManager);
        s.Do(TvOrder.Approve(OrderKernel.Department.Production), Actors.ProductionManager);
        var before = s.Current.Version;
        var last = s.Do(TvOrder.Approve(OrderKernel.Department.Technical), Actors.TechnicalManager);
        Assert.Equal(3, last.Events.Count);
        Assert.Equal(before + 3, s.Current.Version);
    }

    [Fact]
    public void Replay_OfTheHappyPath_EqualsTheDecidedState()
    {
        var s = TvOrder.Through(Stage.Closed);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void Evolve_ReceivedTwice_Throws()
    {
        var s = TvOrder.Through(Stage.Received);
        Assert.Throws<ArgumentException>(() => OrderDecider.Evolve(s.Current, s.Events[0]));
    }

    [Fact]
    public void Evolve_NonReceivedFirst_Throws()
    {
        var s = TvOrder.Through(Stage.Recorded);
        Assert.Throws<ArgumentException>(() => OrderDecider.Evolve(null, s.Events[1]));
    }

    [Fact]
    public void Decide_NullArguments_Throw()
    {
        var ctx = DecisionContext.Create(Scenario.Start, Actors.Sales);
        Assert.Throws<ArgumentNullException>(() => OrderDecider.Decide(null, null!, ctx));
        Assert.Throws<ArgumentNullException>(() => OrderDecider.Decide(null, TvOrder.Receive(), null!));
    }

    [Fact]
    public void Decide_IsPure_SameInputsGiveEqualOutcomes()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var ctx = DecisionContext.Create(s.Now, Actors.VicePresident);
        var a = OrderDecider.Decide(s.Current, new OrderKernel.ReleaseForShipment(), ctx);
        var b = OrderDecider.Decide(s.Current, new OrderKernel.ReleaseForShipment(), ctx);
        Assert.Equal(a.AsT1.Violations, b.AsT1.Violations);
    }

    [Fact]
    public void PermittedCommands_ForTheUi_ExplainsEveryForbiddenCommand()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var vp = OrderDecider.PermittedCommands(s.Current, DecisionContext.Create(s.Now, Actors.VicePresident));
        Assert.Equal(Enum.GetValues<CommandKind>().Length, vp.Count);
        var release = vp.Single(p => p.Kind == CommandKind.ReleaseForShipment);
        Assert.False(release.IsPermitted);
        Assert.Equal(ViolationCodes.PaymentDueBeforeShipment, Assert.Single(release.Reasons).Code);
        Assert.All(vp.Where(p => !p.IsPermitted), p => Assert.NotEmpty(p.Reasons));

        var finance = OrderDecider.PermittedCommands(s.Current, DecisionContext.Create(s.Now, Actors.Finance));
        Assert.True(finance.Single(p => p.Kind == CommandKind.ConfirmPayment).IsPermitted);
    }

    [Fact]
    public void PermittedKinds_ForTheButtons_AreThePermittedEntriesWithoutReasons_R30()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var vp = OrderDecider.PermittedKinds(s.Current, DecisionContext.Create(s.Now, Actors.VicePresident));
        Assert.False(vp.Contains(CommandKind.ReleaseForShipment)); // balance unpaid (R30)
        var finance = OrderDecider.PermittedKinds(s.Current, DecisionContext.Create(s.Now, Actors.Finance));
        Assert.True(finance.Contains(CommandKind.ConfirmPayment));
        Assert.False(finance.Contains(CommandKind.Ship));
        Assert.Equal(CommandKindSet.Of(CommandKind.ReceiveOrder), OrderDecider.PermittedKinds(null, DecisionContext.Create(Scenario.Start, Actors.SalesManager)));
    }

    [Fact]
    public void PermittedKinds_FollowTheReleasePolicysCheck_AlsoAHostsPolicy_R17_R30()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var release = OrderKernel.Policies.ShipmentReleasePolicy.Default;
        Assert.NotEmpty(release.Check(s.Current, s.Now));
        Assert.Throws<ArgumentNullException>(() => release.Check(null!, s.Now));

        var strict = new ReleasesNothing();
        var hostContext = DecisionContext.Create(s.Now, Actors.VicePresident, OrderPolicies.Default with { ShipmentRelease = strict });
        Assert.False(OrderDecider.PermittedKinds(s.Current, hostContext).Contains(CommandKind.ReleaseForShipment));

        s.Do(TvOrder.Pay(119_000.00m, "TT-BAL-1", s.Now), Actors.Finance);
        Assert.Empty(release.Check(s.Current, s.Now));
        Assert.True(OrderDecider.PermittedKinds(s.Current, DecisionContext.Create(s.Now, Actors.VicePresident)).Contains(CommandKind.ReleaseForShipment));
        Assert.False(OrderDecider.PermittedKinds(s.Current, hostContext).Contains(CommandKind.ReleaseForShipment)); // the host says no
        Assert.True(strict.Calls >= 2, "PermittedKinds asked the host's Check");
    }

    private sealed class ReleasesNothing : OrderKernel.Policies.IShipmentReleasePolicy
    {
        public int Calls { get; private set; }

        public ValueList<Violation> Check(Order order, NodaTime.Instant now)
        {
            Calls++;
            return ValueList<Violation>.Of(Violation.Of(ViolationCodes.PaymentDueBeforeShipment, "The host releases nothing today.", "R30"));
        }
    }

    [Fact]
    public void ShipmentReleasePolicyOptions_WithoutLettersOfCreditOrExceptions_OnlyPaymentReleases_R17_R18_R30()
    {
        var onlyPaid = OrderKernel.Policies.ShipmentReleasePolicy.Create(new OrderKernel.Policies.ShipmentReleasePolicyOptions { AcceptLetterOfCredit = false, AcceptApprovedException = false });
        Assert.Throws<ArgumentNullException>(() => OrderKernel.Policies.ShipmentReleasePolicy.Create(null!));

        var credit = TvOrder.Through(Stage.Inspected);
        credit.Do(new OrderKernel.RegisterLetterOfCredit("LC-91", "Bank of China", Money.Of(119_000.00m, Currency.USD), new NodaTime.LocalDate(2026, 12, 31), default), Actors.Finance);
        Assert.Empty(OrderKernel.Policies.ShipmentReleasePolicy.Default.Check(credit.Current, credit.Now));
        var refused = Assert.Single(onlyPaid.Check(credit.Current, credit.Now));
        Assert.Equal(ViolationCodes.PaymentDueBeforeShipment, refused.Code);
        Assert.DoesNotContain("letter of credit LC-91", refused.Message, StringComparison.Ordinal);
        Assert.Empty(OrderKernel.Policies.ShipmentReleasePolicy.Create(new OrderKernel.Policies.ShipmentReleasePolicyOptions { AcceptApprovedException = false }).Check(credit.Current, credit.Now));

        var excepted = TvOrder.Through(Stage.Inspected);
        excepted.Do(new OrderKernel.ApproveShipmentException("key account"), Actors.GeneralManager);
        Assert.Empty(OrderKernel.Policies.ShipmentReleasePolicy.Default.Check(excepted.Current, excepted.Now));
        Assert.Single(onlyPaid.Check(excepted.Current, excepted.Now));
        Assert.Empty(OrderKernel.Policies.ShipmentReleasePolicy.Create(new OrderKernel.Policies.ShipmentReleasePolicyOptions { AcceptLetterOfCredit = false }).Check(excepted.Current, excepted.Now));

        excepted.Do(TvOrder.Pay(119_000.00m, "TT-BAL-1", excepted.Now), Actors.Finance);
        Assert.Empty(onlyPaid.Check(excepted.Current, excepted.Now));
    }

    [Fact]
    public void AuthorizationPolicy_Authorize_AnswersForEveryKindAndActor_R34()
    {
        var custom = new AskEveryKind(OrderKernel.Policies.AuthorizationPolicy.Default);
        var s = TvOrder.Through(Stage.Inspected);
        foreach (var actor in Actors.All.Append(OrderKernel.Actor.Create("two", "two roles", OrderKernel.Role.Finance, OrderKernel.Role.Warehouse)))
        {
            // PermittedKinds asks the same single question of a host's policy as of the built-in one.
            var context = DecisionContext.Create(s.Now, actor);
            Assert.Equal(OrderDecider.PermittedKinds(s.Current, context), OrderDecider.PermittedKinds(s.Current, DecisionContext.Create(s.Now, actor, OrderPolicies.Default with { Authorization = custom })));
            Assert.All(Enum.GetValues<CommandKind>(), k => Assert.Equal(
                OrderKernel.Policies.AuthorizationPolicy.Default.Authorize(actor, k) is null,
                OrderDecider.Permission(k).DeclaredRoles.Any(actor.HasRole)));
        }
    }

    /// <summary>A host policy that implements the interface by delegation.</summary>
    private sealed class AskEveryKind(OrderKernel.Policies.IAuthorizationPolicy inner) : OrderKernel.Policies.IAuthorizationPolicy
    {
        public Violation? Authorize(OrderKernel.Actor actor, OrderKernel.Policies.CommandPermission command) => inner.Authorize(actor, command);

        public bool CanSignReview(OrderKernel.Actor actor, OrderKernel.Department department) => inner.CanSignReview(actor, department);

        public bool CanApprove(OrderKernel.Actor actor, OrderKernel.ApprovalLevel level) => inner.CanApprove(actor, level);
    }

    [Fact]
    public void CommandKindSet_HoldsKindsInOrder_AndRejectsUnknownValues()
    {
        var set = CommandKindSet.Of(CommandKind.Ship, CommandKind.ReceiveOrder, CommandKind.Ship);
        Assert.Equal(2, set.Count);
        Assert.Equal([CommandKind.ReceiveOrder, CommandKind.Ship], set.ToList());
        Assert.Equal("{ ReceiveOrder, Ship }", set.ToString());
        Assert.Equal("{}", CommandKindSet.Empty.ToString());
        Assert.True(CommandKindSet.Empty.IsEmpty);
        Assert.False(set.Contains((CommandKind)(-1)));
        Assert.False(set.Contains((CommandKind)70));
        Assert.True(set == CommandKindSet.Of(CommandKind.ReceiveOrder).Add(CommandKind.Ship));
        Assert.True(set != CommandKindSet.Empty);
        Assert.Throws<ArgumentOutOfRangeException>(() => set.Add((CommandKind)63));
        var all = CommandKindSet.Of(Enum.GetValues<CommandKind>());
        Assert.Equal(Enum.GetValues<CommandKind>().Length, all.Count);
    }

    [Fact]
    public void PermittedCommands_BeforeAnOrderExists_OnlyReceive()
    {
        var all = OrderDecider.PermittedCommands(null, DecisionContext.Create(Scenario.Start, Actors.SalesManager));
        Assert.Equal(CommandKind.ReceiveOrder, Assert.Single(all, p => p.IsPermitted).Kind);
    }

    [Fact]
    public void Decide_UnauthorizedCommand_ChangesNothing()
    {
        var s = TvOrder.Through(Stage.Contracted);
        var before = s.Current;
        var r = OrderDecider.Decide(before, TvOrder.Pay(51_000m, "X", s.Now), DecisionContext.Create(s.Now, Actors.Warehouse));
        Assert.True(r.IsT1);
        Assert.Equal(before, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void DecisionContext_NullActor_Throws() =>
        Assert.Throws<ArgumentNullException>(() => DecisionContext.Create(Instant.MinValue, null!));
}
