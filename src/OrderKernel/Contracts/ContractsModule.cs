using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Contracts (R15–R16): signing the contract on the accepted quotation; a deposit makes the order wait for it.</summary>
internal sealed class ContractsModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<ContractSigned>(ContractDecider.Apply);
        m.Command<SignContract>(K.SignContract)
            .AllowedTo(Role.SalesManager)
            .Permit(S.QuotationAccepted, S.AwaitingDeposit)
            .Permit(S.QuotationAccepted, S.ReadyForProduction)
            .Decide(ContractDecider.Decide);
    }
}
