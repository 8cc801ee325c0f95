using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Shipments (R17–R18, R30–R32): release, dispatch, delivery, shipment exceptions and letters of credit.</summary>
internal sealed class ShipmentsModule : IOrderModule
{
    /// <summary>R30: goods leave only when what is due before shipment is paid, covered or excepted.</summary>
    internal static readonly TransitionGuard PaidBeforeShipment = TransitionGuard.Of(
        "installments-due-before-shipment-paid",
        "Every installment due before shipment is paid, covered by a valid letter of credit, or excepted with approval, as the shipment release policy decides.",
        "R30",
        static (state, context) => context.Policies.ShipmentRelease.Check(state, context.Now));

    public void Register(ModuleBuilder m)
    {
        m.Applies<ShipmentReleased>(ShipmentDecider.Apply);
        m.Applies<ShipmentExceptionApproved>(ShipmentDecider.Apply);
        m.Applies<LetterOfCreditRegistered>(ShipmentDecider.Apply);
        m.Applies<OrderShipped>(ShipmentDecider.Apply);
        m.Applies<DeliveryConfirmed>(ShipmentDecider.Apply);
        m.Applies<SupplementalOrderProposed>(ShipmentDecider.Apply);
        m.Command<ReleaseForShipment>(K.ReleaseForShipment)
            .AllowedTo(Role.SalesVicePresident)
            .AuthorizedUnder("R30")
            .Permit(S.Inspected, S.ReleasedForShipment, PaidBeforeShipment, ProductionModule.DowngradeSettled)
            .Decide(ShipmentDecider.Decide);
        m.Command<Ship>(K.Ship)
            .AllowedTo(Role.Warehouse)
            .AuthorizedUnder("R30")
            .Permit(S.ReleasedForShipment, S.Shipped, PaidBeforeShipment)
            .Permit(S.Shipped, S.Shipped, PaidBeforeShipment)
            .Decide(ShipmentDecider.Decide);
        m.Command<ConfirmDelivery>(K.ConfirmDelivery)
            .AllowedTo(Role.Customer, Role.SalesRepresentative, Role.Warehouse)
            .Permit(S.Shipped, S.Delivered)
            .Decide(ShipmentDecider.Decide);
        m.Command<ApproveShipmentException>(K.ApproveShipmentException)
            .AllowedTo(Role.GeneralManager, Role.Chairman)
            .PermitWithin(S.Inspected, S.ReleasedForShipment)
            .Decide(static (_, c, ctx) => ShipmentDecider.Decide(c, ctx));
        m.Command<RegisterLetterOfCredit>(K.RegisterLetterOfCredit)
            .AllowedTo(Role.Finance)
            .PermitWithin(S.QuotationAccepted, S.ContractAwaitingCheck, S.ContractChecked, S.ContractAwaitingCountersignature, S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected)
            .Decide(ShipmentDecider.Decide);
    }
}
