using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>The order file (R46): attaching typed, numbered and hashed documents at any stage, after closing included (the file is archived then).</summary>
internal sealed class OrderFileModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<DocumentAttached>(OrderFileDecider.Apply);
        m.Command<AttachDocument>(K.AttachDocument)
            .AllowedTo(Role.OrderClerk, Role.SalesRepresentative, Role.SalesManager, Role.Finance, Role.QualityInspector, Role.Warehouse)
            .AuthorizedUnder("R46")
            .PermitWithin(
                S.Received, S.AwaitingCompletion, S.Recorded, S.UnderReview, S.ReviewRejected, S.Reviewed, S.Quoted, S.QuotationAccepted, S.Lost,
                S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped,
                S.Delivered, S.Completed, S.Cancelled, S.Closed)
            .Decide(OrderFileDecider.Decide);
    }
}
