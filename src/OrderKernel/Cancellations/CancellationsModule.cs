using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Cancellation (R36): an open order can be cancelled, at the costs of its stage.</summary>
internal sealed class CancellationsModule : IOrderModule
{
    /// <summary>The statuses in which an order is open (may be cancelled or put on hold).</summary>
    internal static readonly S[] Open =
    [
        S.Received, S.AwaitingCompletion, S.Recorded, S.UnderReview, S.ReviewRejected, S.Reviewed, S.Quoted, S.QuotationAccepted,
        S.ContractAwaitingCheck, S.ContractChecked, S.ContractAwaitingCountersignature,
        S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment,
    ];

    public void Register(ModuleBuilder m)
    {
        var cancel = m.Command<CancelOrder>(K.CancelOrder).AllowedTo(Role.SalesManager, Role.GeneralManager).Decide(CancellationDecider.Decide);
        foreach (var s in Open)
        {
            cancel.Permit(s, S.Cancelled);
        }
    }
}
