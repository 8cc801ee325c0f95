using NodaTime;

namespace OrderKernel;

/// <summary>Finance confirms a payment received (R19): amount, remitter, instrument, reference and time.</summary>
/// <param name="Amount">The amount, in the order's currency; positive, at most what is outstanding.</param>
/// <param name="Remitter">Who paid; personal data (R50) when a person pays.</param>
/// <param name="Instrument">The instrument.</param>
/// <param name="Reference">The bank or document reference; unique within the order.</param>
/// <param name="ReceivedAt">When the money arrived; not in the future.</param>
public sealed record ConfirmPayment(Money Amount, [property: PersonalData] string Remitter, PaymentInstrument Instrument, string Reference, Instant ReceivedAt) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ConfirmPayment;

    internal override void CheckInput(InputCheck c) => c.Money("amount", Amount).Text("remitter", Remitter).Defined("instrument", Instrument).Key("reference", Reference).Instant("receivedAt", ReceivedAt);
}
