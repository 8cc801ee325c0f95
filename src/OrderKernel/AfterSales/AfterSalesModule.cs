using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>
/// After-sales (R45): complaints, their resolution and exchanges, on delivered goods. Warranty outlives the order's
/// progress and settlement, so these commands are taken after delivery, after completion and after closing.
/// </summary>
internal sealed class AfterSalesModule : IOrderModule
{
    /// <summary>The statuses after delivery.</summary>
    internal static readonly S[] AfterDelivery = [S.Delivered, S.Completed, S.Closed];

    public void Register(ModuleBuilder m)
    {
        m.Applies<ComplaintRegistered>(AfterSalesDecider.Apply);
        m.Applies<ComplaintResolved>(AfterSalesDecider.Apply);
        m.Applies<ExchangeOpened>(AfterSalesDecider.Apply);
        m.Applies<ReplacementShipped>(AfterSalesDecider.Apply);
        m.Command<RegisterComplaint>(K.RegisterComplaint).AllowedTo(Role.SalesRepresentative, Role.SalesManager).AuthorizedUnder("R45").PermitWithin(AfterDelivery).Decide(AfterSalesDecider.Decide);
        m.Command<ResolveComplaint>(K.ResolveComplaint).AllowedTo(Role.SalesManager, Role.QualityManager).AuthorizedUnder("R45").PermitWithin(AfterDelivery).Decide(AfterSalesDecider.Decide);
        m.Command<OpenExchange>(K.OpenExchange).AllowedTo(Role.SalesRepresentative, Role.SalesManager).AuthorizedUnder("R45").PermitWithin(AfterDelivery).Decide(AfterSalesDecider.Decide);
        m.Command<ShipReplacement>(K.ShipReplacement).AllowedTo(Role.Warehouse).AuthorizedUnder("R45").PermitWithin(AfterDelivery).Decide(AfterSalesDecider.Decide);
    }
}
