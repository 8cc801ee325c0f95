namespace OrderKernel;

/// <summary>Place a hold on the order.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
public sealed record PlaceHold(HoldCode Code, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.PlaceHold;

    internal override void CheckInput(InputCheck c) => c.Defined("code", Code).Text("reason", Reason);
}
