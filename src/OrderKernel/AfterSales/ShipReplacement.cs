namespace OrderKernel;

/// <summary>Ship the replacement of an open exchange (R45).</summary>
/// <param name="ExchangeId">The exchange.</param>
/// <param name="Waybill">The replacement's waybill.</param>
public sealed record ShipReplacement(string ExchangeId, string Waybill) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ShipReplacement;

    internal override void CheckInput(InputCheck c) => c.Key("exchangeId", ExchangeId).Key("waybill", Waybill);
}
