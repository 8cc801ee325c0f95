using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Orders;

/// <summary>
/// <see cref="CommandAvailability.Prerequisite"/>: a kind the lifecycle refuses now is explained by the refusal of the
/// step that would open it (issue 23: the disabled Ship button's reason is the unpaid balance).
/// </summary>
public class PermittedCommandsPrerequisiteTests
{
    private static CommandAvailability Entry(OrderDriver s, Actor actor, CommandKind kind) =>
        OrderDecider.PermittedCommands(s.Current, DecisionContext.Create(s.Now, actor)).Single(a => a.Kind == kind);

    [Fact]
    public void PermittedCommands_ShipWhileInspectedWithTheBalanceUnpaid_FirstReasonIsTheUnpaidBalance_R30()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var ship = Entry(s, Actors.Warehouse, CommandKind.Ship);
        var release = Entry(s, Actors.VicePresident, CommandKind.ReleaseForShipment);

        Assert.False(ship.IsPermitted);
        Assert.Equal(CommandKind.ReleaseForShipment, ship.Prerequisite);
        Assert.Equal(ViolationCodes.PaymentDueBeforeShipment, ship.Reasons[0].Code);
        Assert.Equal([.. release.Reasons, ship.Reasons[^1]], ship.Reasons.ToList());
        Assert.Equal(ViolationCodes.TransitionNotAllowed, ship.Reasons[^1].Code);
        Assert.Equal("Ship is not possible while the order is Inspected.", ship.Reasons[^1].Message);
        Assert.Null(release.Prerequisite);
    }

    [Fact]
    public void PermittedCommands_ShipAfterTheBalanceIsPaid_OnlyTheLifecycleReason_R30()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        var ship = Entry(s, Actors.Warehouse, CommandKind.Ship);

        Assert.Null(ship.Prerequisite);
        Assert.Equal(ViolationCodes.TransitionNotAllowed, Assert.Single(ship.Reasons).Code);
        Assert.True(Entry(s, Actors.VicePresident, CommandKind.ReleaseForShipment).IsPermitted);
    }

    [Fact]
    public void PermittedCommands_ActorNotAuthorizedForTheKind_NoPrerequisiteIsExplained()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var ship = Entry(s, Actors.Customer, CommandKind.Ship);

        Assert.Null(ship.Prerequisite);
        Assert.Equal([ViolationCodes.RoleNotAllowed, ViolationCodes.TransitionNotAllowed], ship.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void PermittedCommands_StepBlockedByAHold_TheHoldIsTheFirstReason()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        s.Do(new PlaceHold(HoldCode.Quality, "packaging recheck"), Actors.QualityManager);
        var ship = Entry(s, Actors.Warehouse, CommandKind.Ship);

        Assert.Equal(CommandKind.ReleaseForShipment, ship.Prerequisite);
        Assert.Equal(ViolationCodes.BlockedByHold, ship.Reasons[0].Code);
        Assert.Contains("packaging recheck", ship.Reasons[0].Message, StringComparison.Ordinal);
        Assert.Equal(ViolationCodes.TransitionNotAllowed, ship.Reasons[^1].Code);
    }

    [Fact]
    public void PermittedCommands_BeforeAnOrderExists_NoPrerequisites()
    {
        var all = OrderDecider.PermittedCommands(null, DecisionContext.Create(Scenario.Start, Actors.SalesManager));

        Assert.All(all, a => Assert.Null(a.Prerequisite));
    }

    [Fact]
    public void PermittedCommands_SameStateTwice_SamePrerequisitesAndReasons()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var ctx = DecisionContext.Create(s.Now, Actors.Warehouse);

        Assert.Equal(
            OrderDecider.PermittedCommands(s.Current, ctx).Select(a => (a.Kind, a.Prerequisite, string.Join('|', a.Reasons.Select(r => r.Code + r.Message)))),
            OrderDecider.PermittedCommands(s.Current, ctx).Select(a => (a.Kind, a.Prerequisite, string.Join('|', a.Reasons.Select(r => r.Code + r.Message)))));
    }
}
