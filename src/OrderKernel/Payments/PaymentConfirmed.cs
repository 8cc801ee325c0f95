using NodaTime;

namespace OrderKernel;

/// <summary>A payment was confirmed and entered in the ledger (R19).</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Remitter">Who paid; personal data (R50) when a person pays.</param>
/// <param name="Instrument">The instrument.</param>
/// <param name="Reference">The reference.</param>
/// <param name="ReceivedAt">When the money arrived.</param>
public sealed record PaymentConfirmed(Money Amount, [property: PersonalData] string Remitter, PaymentInstrument Instrument, string Reference, Instant ReceivedAt) : OrderEvent;
