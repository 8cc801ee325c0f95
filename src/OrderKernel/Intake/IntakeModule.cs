using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Intake (R1–R3): receiving, sending back, completing and recording the order; its first event creates it.</summary>
internal sealed class IntakeModule : IOrderModule
{
    /// <summary>R3: an order is recorded only when complete.</summary>
    internal static readonly TransitionGuard OrderComplete = TransitionGuard.Single(
        "order-complete",
        "Every line has a unit price and the order has a delivery date; otherwise it goes back to the customer.",
        "R3",
        static (state, _) => IntakeDecider.CheckComplete(state));

    public void Register(ModuleBuilder m)
    {
        m.Applies<OrderReturnedForCompletion>(IntakeDecider.Apply);
        m.Applies<OrderDetailsCompleted>(IntakeDecider.Apply);
        m.Applies<OrderRecorded>(IntakeDecider.Apply);
        m.Starts<OrderReceived>(IntakeDecider.Create);
        m.Command<ReceiveOrder>(K.ReceiveOrder)
            .AllowedTo(Role.OrderClerk, Role.SalesRepresentative, Role.SalesManager, Role.Customer)
            .Permit(S.Draft, S.Received)
            .Opens(static c => c.OrderId, IntakeDecider.Decide);
        m.Command<ReturnForCompletion>(K.ReturnForCompletion)
            .AllowedTo(Role.OrderClerk, Role.SalesRepresentative, Role.SalesManager)
            .Permit(S.Received, S.AwaitingCompletion)
            .Decide(static (_, c, ctx) => IntakeDecider.Decide(c, ctx));
        m.Command<CompleteOrderDetails>(K.CompleteOrderDetails)
            .AllowedTo(Role.OrderClerk, Role.SalesRepresentative, Role.SalesManager, Role.Customer)
            .Permit(S.AwaitingCompletion, S.Received)
            .Decide(IntakeDecider.Decide);
        m.Command<RecordOrder>(K.RecordOrder)
            .AllowedTo(Role.OrderClerk, Role.SalesRepresentative, Role.SalesManager)
            .AuthorizedUnder("R2")
            .Permit(S.Received, S.Recorded, OrderComplete)
            .Decide(static (_, c, ctx) => IntakeDecider.Decide(c, ctx));
    }
}
