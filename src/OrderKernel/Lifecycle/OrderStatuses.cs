using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Groups of statuses more than one module's transitions name.</summary>
internal static class OrderStatuses
{
    /// <summary>The statuses in which an order is open: before shipment, not cancelled (it may be cancelled or put on hold).</summary>
    internal static readonly S[] Open =
    [
        S.Received, S.AwaitingCompletion, S.Recorded, S.UnderReview, S.ReviewRejected, S.Reviewed, S.Quoted, S.QuotationAccepted,
        S.ContractAwaitingCheck, S.ContractChecked, S.ContractAwaitingCountersignature,
        S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment,
    ];
}
