using NodaTime;

namespace OrderKernel;

/// <summary>A dispatch (R31): carrier, the carrier's identity, waybill, documents and the quantities shipped.</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The driver's or vehicle's identity; personal data (R50): prefer a reference into the host's own register.</param>
/// <param name="Waybill">The waybill or bill of lading number.</param>
/// <param name="Documents">The shipping documents handed over.</param>
/// <param name="Lines">The quantities shipped per line.</param>
/// <param name="ShippedBy">Who dispatched.</param>
/// <param name="ShippedAt">When.</param>
public sealed record Shipment(string Carrier, [property: PersonalData] string CarrierIdentity, string Waybill, ValueList<string> Documents, ValueList<ShippedLine> Lines, ActorId ShippedBy, Instant ShippedAt);
