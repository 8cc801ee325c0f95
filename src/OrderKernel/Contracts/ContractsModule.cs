using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>
/// Contracts (R15–R16): the sales manager signs and numbers the contract on the accepted quotation; the department head
/// checks it; it is stamped and returned to the customer; the customer's countersignature puts it in force, and only then
/// is the deposit awaited. Without <see cref="OptionalStage.ContractSignatureRound"/> signing puts it in force at once.
/// </summary>
internal sealed class ContractsModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<ContractChecked, Contract>(s => s.Contract, ContractDecider.Apply);
        m.Applies<ContractStamped, Contract>(s => s.Contract, ContractDecider.Apply);
        m.Applies<ContractInForce, Contract>(s => s.Contract, ContractDecider.Apply);
        m.Applies<ContractSigned>(ContractDecider.Apply);
        var sign = m.Command<SignContract>(K.SignContract).AllowedTo(Role.SalesManager).AuthorizedUnder("R15");
        var check = m.Command<CheckContract>(K.CheckContract).AllowedTo(Role.DepartmentHead).AuthorizedUnder("R15").Decide(s => s.Contract, ContractDecider.Decide);
        var stamp = m.Command<StampContract>(K.StampContract).AllowedTo(Role.SalesManager, Role.OrderClerk).AuthorizedUnder("R15").Decide(s => s.Contract, ContractDecider.Decide);
        var countersign = m.Command<CountersignContract>(K.CountersignContract)
            .AllowedTo(Role.Customer, Role.SalesRepresentative, Role.SalesManager)
            .AuthorizedUnder("R15")
            .Decide(s => s.Contract, ContractDecider.Decide);

        // R15, optional: without the signature round (electronic signing) signing puts the contract in force at once, and
        // the check, stamp and countersignature have no edge.
        if (m.Includes(OptionalStage.ContractSignatureRound))
        {
            sign.Permit(S.QuotationAccepted, S.ContractAwaitingCheck).Decide(s => s.Quotation, ContractDecider.Decide);
            check.Permit(S.ContractAwaitingCheck, S.ContractChecked);
            stamp.Permit(S.ContractChecked, S.ContractAwaitingCountersignature);
            countersign.Permit(S.ContractAwaitingCountersignature, S.AwaitingDeposit).Permit(S.ContractAwaitingCountersignature, S.ReadyForProduction);
        }
        else
        {
            sign.Permit(S.QuotationAccepted, S.AwaitingDeposit).Permit(S.QuotationAccepted, S.ReadyForProduction).Decide(s => s.Quotation, ContractDecider.SignInOneStep);
        }
    }
}
