using NodaTime;
using OrderKernel.Orders;
using OrderKernel.Primitives;

namespace OrderKernel.Shipments;

/// <summary>The signed shipment release, the only key that opens the warehouse (R30).</summary>
/// <param name="SignedBy">Who signed (a sales vice-president by default).</param>
/// <param name="SignedAt">When.</param>
/// <param name="PaidAtRelease">What had been paid when it was signed.</param>
public sealed record ShipmentRelease(ActorId SignedBy, Instant SignedAt, Money PaidAtRelease);

/// <summary>The dispatch record (R31): carrier, the carrier's identity, waybill and documents.</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The driver's or vehicle's identity.</param>
/// <param name="Waybill">The waybill or bill of lading number.</param>
/// <param name="Documents">The shipping documents handed over.</param>
/// <param name="ShippedBy">Who dispatched.</param>
/// <param name="ShippedAt">When.</param>
public sealed record Shipment(string Carrier, string CarrierIdentity, string Waybill, ValueList<string> Documents, ActorId ShippedBy, Instant ShippedAt);

/// <summary>The customer's confirmation of receipt (R38: complete when the customer confirms receipt).</summary>
/// <param name="ReceivedBy">Who received the goods.</param>
/// <param name="ReceivedAt">When.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record Delivery(string ReceivedBy, Instant ReceivedAt, ActorId RecordedBy);

/// <summary>Sign the shipment release (R30). Only an authorised role may, and only when the money due before shipment is paid.</summary>
public sealed record ReleaseForShipment : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReleaseForShipment;
}

/// <summary>Dispatch the goods against the signed release, recording the carrier and documents (R30–R31).</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The driver's or vehicle's identity.</param>
/// <param name="Waybill">The waybill number.</param>
/// <param name="Documents">The documents.</param>
public sealed record Ship(string Carrier, string CarrierIdentity, string Waybill, ValueList<string> Documents) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.Ship;
}

/// <summary>Record the customer's confirmation of receipt.</summary>
/// <param name="ReceivedBy">Who received the goods.</param>
/// <param name="ReceivedAt">When; not before shipment, not in the future.</param>
public sealed record ConfirmDelivery(string ReceivedBy, Instant ReceivedAt) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ConfirmDelivery;
}

/// <summary>The shipment release was signed (R30).</summary>
/// <param name="PaidAtRelease">What had been paid.</param>
public sealed record ShipmentReleased(Money PaidAtRelease) : OrderEvent;

/// <summary>The goods left with the carrier (R31).</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The carrier's identity.</param>
/// <param name="Waybill">The waybill.</param>
/// <param name="Documents">The documents.</param>
public sealed record OrderShipped(string Carrier, string CarrierIdentity, string Waybill, ValueList<string> Documents) : OrderEvent;

/// <summary>The customer confirmed receipt.</summary>
/// <param name="ReceivedBy">Who received.</param>
/// <param name="ReceivedAt">When.</param>
public sealed record DeliveryConfirmed(string ReceivedBy, Instant ReceivedAt) : OrderEvent;
