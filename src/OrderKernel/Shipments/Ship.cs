namespace OrderKernel;

/// <summary>Dispatch goods against the signed release, recording the carrier and documents (R30–R31). Several dispatches make partial deliveries.</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The driver's or vehicle's identity; personal data (R50): prefer a reference into the host's own register.</param>
/// <param name="Waybill">The waybill number.</param>
/// <param name="Documents">The documents.</param>
/// <param name="Lines">The quantities shipped per line; empty ships everything not yet shipped.</param>
public sealed record Ship(string Carrier, [property: PersonalData] string CarrierIdentity, string Waybill, ValueList<string> Documents, ValueList<ShippedLine> Lines = default) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.Ship;

    internal override void CheckInput(InputCheck c) => c.Text("carrier", Carrier).Key("carrierIdentity", CarrierIdentity).Key("waybill", Waybill).Texts("documents", Documents).ShippedLines("lines", Lines);
}
