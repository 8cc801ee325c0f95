namespace OrderKernel;

/// <summary>Cancel the order with a reason (R36).</summary>
/// <param name="Reason">The reason.</param>
/// <param name="CostsIncurred">Costs already incurred for the order, in its currency, if any.</param>
public sealed record CancelOrder(string Reason, Money? CostsIncurred = null) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CancelOrder;

    internal override void CheckInput(InputCheck c) => c.Text("reason", Reason).Money("costsIncurred", CostsIncurred);
}
