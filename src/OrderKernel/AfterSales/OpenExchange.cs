namespace OrderKernel;

/// <summary>Open an exchange: the customer sends goods back for a replacement in kind, with no credit (R45).</summary>
/// <param name="ExchangeId">The exchange's id, unique within the order.</param>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity; with earlier exchanges and returns of the line, at most what was shipped.</param>
/// <param name="Reason">Why.</param>
public sealed record OpenExchange(string ExchangeId, LineId Line, Quantity Quantity, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.OpenExchange;

    internal override void CheckInput(InputCheck c) => c.Key("exchangeId", ExchangeId).Present("line", Line).Quantity("quantity", Quantity).Text("reason", Reason);
}
