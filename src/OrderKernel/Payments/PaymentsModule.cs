using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Payments (R17–R19): confirming payments and bank acceptance bills (R18); each moves installments along the installment sub-machine.</summary>
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
        m.Applies<BankAcceptanceBillRegistered>(BillDecider.Apply);
        m.Applies<BankAcceptanceBillSettled>(BillDecider.Apply);
        m.Command<RegisterBankAcceptanceBill>(K.RegisterBankAcceptanceBill)
            .AllowedTo(Role.Finance)
            .AuthorizedUnder("R18")
            .PermitWithin(S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered)
            .Decide(s => s.Contract, BillDecider.Decide);
        m.Command<SettleBankAcceptanceBill>(K.SettleBankAcceptanceBill)
            .AllowedTo(Role.Finance)
            .AuthorizedUnder("R18")
            .Permit(S.AwaitingDeposit, S.AwaitingDeposit)
            .Permit(S.AwaitingDeposit, S.ReadyForProduction)
            .PermitWithin(S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed)
            .Decide(BillDecider.Decide)
            .Verify(PaymentDecider.CheckSubMachine);
    }
}
