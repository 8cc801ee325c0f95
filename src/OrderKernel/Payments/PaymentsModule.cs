using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Payments (R17–R19): confirming payments; each moves installments along the installment sub-machine.</summary>
internal sealed class PaymentsModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<PaymentConfirmed>(PaymentDecider.Apply);
        m.Applies<DepositReceived>(PaymentDecider.Apply);
        m.Command<ConfirmPayment>(K.ConfirmPayment)
            .AllowedTo(Role.Finance)
            .AuthorizedUnder("R19")
            .Permit(S.AwaitingDeposit, S.AwaitingDeposit)
            .Permit(S.AwaitingDeposit, S.ReadyForProduction)
            .PermitWithin(S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed, S.Cancelled)
            .Decide(PaymentDecider.Decide)
            .Verify(PaymentDecider.CheckSubMachine);
    }
}
