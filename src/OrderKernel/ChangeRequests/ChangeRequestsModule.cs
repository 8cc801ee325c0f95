using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Change requests (R33–R35): submitted, assessed, approved or rejected, tested, confirmed and applied; a cancelling change cancels the order.</summary>
internal sealed class ChangeRequestsModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<ChangeRequestSubmitted>(ChangeDecider.Apply);
        m.Applies<ChangeRequestAssessed>(ChangeDecider.Apply);
        m.Applies<ChangeRequestApproved>(ChangeDecider.Apply);
        m.Applies<ChangeRequestRejected>(ChangeDecider.Apply);
        m.Applies<ChangeRequestWithdrawn>(ChangeDecider.Apply);
        m.Applies<ChangeTested>(ChangeDecider.Apply);
        m.Applies<ChangeConfirmedByCustomer>(ChangeDecider.Apply);
        m.Applies<ChangeApplied, SignedTerms>(SignedTerms.Of, ChangeDecider.Apply);
        S[] states = [S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected];
        Role[] deciders = [Role.SalesManager, Role.FinanceManager, Role.ProductionManager, Role.GeneralManager];
        m.Command<SubmitChangeRequest>(K.SubmitChangeRequest)
            .AllowedTo(Role.SalesRepresentative, Role.SalesManager, Role.ProductionManager, Role.TechnicalManager)
            .PermitWithin(states)
            .Decide(SignedTerms.Of, ChangeDecider.Decide);
        m.Command<AssessChangeRequest>(K.AssessChangeRequest)
            .AllowedTo(Role.SalesManager, Role.ProductionManager, Role.TechnicalManager)
            .PermitWithin(states)
            .Decide(SignedTerms.Of, ChangeDecider.Decide);
        m.Command<ApproveChangeRequest>(K.ApproveChangeRequest).AllowedTo(deciders).PermitWithin(states).Decide(ChangeDecider.Decide);
        m.Command<RejectChangeRequest>(K.RejectChangeRequest).AllowedTo(deciders).PermitWithin(states).Decide(ChangeDecider.Decide);
        m.Command<WithdrawChangeRequest>(K.WithdrawChangeRequest).AllowedTo(Role.SalesRepresentative, Role.SalesManager).PermitWithin(states).Decide(ChangeDecider.Decide);
        m.Command<RecordChangeTest>(K.RecordChangeTest).AllowedTo(Role.TechnicalManager).AuthorizedUnder("R35").PermitWithin(states).Decide(ChangeDecider.Decide);
        m.Command<ConfirmChangeByCustomer>(K.ConfirmChangeByCustomer).AllowedTo(Role.Customer, Role.SalesRepresentative).AuthorizedUnder("R35").PermitWithin(states).Decide(ChangeDecider.Decide);
        var apply = m.Command<ApplyChangeRequest>(K.ApplyChangeRequest).AllowedTo(Role.SalesManager, Role.ProductionManager).Decide(SignedTerms.Of, ChangeDecider.Decide);
        foreach (var s in states)
        {
            apply.Permit(s, s).Permit(s, S.Cancelled);
        }
    }
}
