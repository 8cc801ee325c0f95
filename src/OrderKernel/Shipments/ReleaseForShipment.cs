namespace OrderKernel;

/// <summary>Sign the shipment release (R30). Only an authorised role may, and only when the money due before shipment is safe.</summary>
public sealed record ReleaseForShipment : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReleaseForShipment;
}
