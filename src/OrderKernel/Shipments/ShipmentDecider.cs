using OrderKernel.Internal;
using OrderKernel.Orders;

namespace OrderKernel.Shipments;

/// <summary>Release, dispatch and delivery (R30–R31).</summary>
internal static class ShipmentDecider
{
    public static Outcome Decide(Order state, ReleaseForShipment c, DecisionContext ctx)
    {
        _ = c;
        return Outcome.Emit(new ShipmentReleased(state.TotalPaid) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Ship c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.Carrier) || string.IsNullOrWhiteSpace(c.CarrierIdentity) || string.IsNullOrWhiteSpace(c.Waybill))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "Dispatch must record the carrier, the carrier's identity and the waybill.", "R31");
        }

        return Outcome.Emit(new OrderShipped(c.Carrier, c.CarrierIdentity, c.Waybill, c.Documents) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ConfirmDelivery c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.ReceivedBy))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A delivery confirmation names who received the goods.", "R38");
        }

        if (c.ReceivedAt > ctx.Now || c.ReceivedAt < state.Shipment!.ShippedAt)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"Receipt at {c.ReceivedAt} must lie between the dispatch ({state.Shipment!.ShippedAt}) and now ({ctx.Now}).", "R38");
        }

        return Outcome.Emit(new DeliveryConfirmed(c.ReceivedBy, c.ReceivedAt) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Order Evolve(Order s, ShipmentReleased e) => s with
    {
        Status = OrderStatus.ReleasedForShipment,
        ShipmentRelease = new ShipmentRelease(e.By, e.At, e.PaidAtRelease),
    };

    public static Order Evolve(Order s, OrderShipped e) => s with
    {
        Status = OrderStatus.Shipped,
        Shipment = new Shipment(e.Carrier, e.CarrierIdentity, e.Waybill, e.Documents, e.By, e.At),
    };

    public static Order Evolve(Order s, DeliveryConfirmed e) => s with
    {
        Status = OrderStatus.Delivered,
        Delivery = new Delivery(e.ReceivedBy, e.ReceivedAt, e.By),
    };
}
