namespace OrderKernel;

/// <summary>Record a refund to the customer (finance).</summary>
/// <param name="Amount">The amount; at most what the customer paid net of earlier refunds.</param>
/// <param name="Reference">The bank reference.</param>
/// <param name="Reason">Why.</param>
public sealed record RecordRefund(Money Amount, string Reference, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordRefund;

    internal override void CheckInput(InputCheck c) => c.Money("amount", Amount).Key("reference", Reference).Text("reason", Reason);
}
