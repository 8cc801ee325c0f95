using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Delay penalties (R46–R50): recording excusable delays and assessing the penalty.</summary>
internal sealed class DelayPenaltiesModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<ExcusableDelayRecorded>(DelayPenaltyDecider.Apply);
        m.Applies<DelayPenaltyAssessed>(DelayPenaltyDecider.Apply);
        m.Command<RecordExcusableDelay>(K.RecordExcusableDelay)
            .AllowedTo(Role.SalesManager, Role.GeneralManager)
            .PermitWithin(S.Recorded, S.UnderReview, S.Reviewed, S.Quoted, S.QuotationAccepted, S.ContractAwaitingCheck, S.ContractChecked, S.ContractAwaitingCountersignature, S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered)
            .Decide(static (_, c, ctx) => DelayPenaltyDecider.Decide(c, ctx));
        m.Command<AssessDelayPenalty>(K.AssessDelayPenalty)
            .AllowedTo(Role.SalesManager, Role.Finance, Role.GeneralManager)
            .PermitWithin(S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed)
            .Decide(SignedTerms.Of, DelayPenaltyDecider.Decide);
    }
}
