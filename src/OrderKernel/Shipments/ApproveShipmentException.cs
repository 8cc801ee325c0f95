namespace OrderKernel;

/// <summary>Approve an exception to the shipment release rule (R17), at the configured level (default general manager).</summary>
/// <param name="Reason">Why the goods may leave before payment.</param>
public sealed record ApproveShipmentException(string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApproveShipmentException;

    internal override void CheckInput(InputCheck c) => c.Text("reason", Reason);
}
