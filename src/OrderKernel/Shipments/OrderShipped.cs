namespace OrderKernel;

/// <summary>Goods left with the carrier (R31).</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The carrier's identity; personal data (R50).</param>
/// <param name="Waybill">The waybill.</param>
/// <param name="Documents">The documents.</param>
/// <param name="Lines">The quantities shipped.</param>
public sealed record OrderShipped(string Carrier, [property: PersonalData] string CarrierIdentity, string Waybill, ValueList<string> Documents, ValueList<ShippedLine> Lines) : OrderEvent;
