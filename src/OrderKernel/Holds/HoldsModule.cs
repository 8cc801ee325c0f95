using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Holds (R33): placing and releasing a hold; an active hold blocks the commands its policy names.</summary>
internal sealed class HoldsModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<HoldPlaced>(HoldDecider.Apply);
        m.Applies<HoldReleased, Hold>(s => s.Hold, HoldDecider.Apply);
        Role[] holders = [Role.SalesManager, Role.FinanceManager, Role.QualityManager, Role.GeneralManager];
        S[] states = [.. OrderStatuses.Open, S.Shipped, S.Delivered];
        m.Command<PlaceHold>(K.PlaceHold).AllowedTo(holders).PermitWithin(states).Decide(HoldDecider.Decide);
        m.Command<ReleaseHold>(K.ReleaseHold).AllowedTo(holders).PermitWithin(states).Decide(HoldDecider.Decide);
        m.Gate(static (state, kind, context) =>
            state.Hold is { } hold && kind != K.PlaceHold && kind != K.ReleaseHold && context.Policies.Holds.Blocks(hold.Code, kind)
                ? Violation.Deferred(ViolationCodes.BlockedByHold, "R33", (kind, hold), static s => $"{s.kind} is blocked by the {s.hold.Code} hold placed at {s.hold.PlacedAt}: {s.hold.Reason}.")
                : null);
    }
}
