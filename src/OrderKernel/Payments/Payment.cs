using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>A confirmed payment entered in the order ledger (R19): amount, remitter, instrument, reference and time.</summary>
public sealed record Payment
{
    [JsonConstructor]
    internal Payment(Money amount, string remitter, PaymentInstrument instrument, string reference, Instant receivedAt, ActorId confirmedBy, Instant confirmedAt)
    {
        Amount = amount;
        Remitter = remitter;
        Instrument = instrument;
        Reference = reference;
        ReceivedAt = receivedAt;
        ConfirmedBy = confirmedBy;
        ConfirmedAt = confirmedAt;
    }

    /// <summary>Gets the amount received.</summary>
    public Money Amount { get; }

    /// <summary>Gets who remitted it; personal data (R50) when a person pays.</summary>
    [PersonalData]
    public string Remitter { get; }

    /// <summary>Gets the instrument.</summary>
    public PaymentInstrument Instrument { get; }

    /// <summary>Gets the bank or document reference, unique within the order.</summary>
    public string Reference { get; }

    /// <summary>Gets when the money was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets who in finance confirmed it.</summary>
    public ActorId ConfirmedBy { get; }

    /// <summary>Gets when it was confirmed.</summary>
    public Instant ConfirmedAt { get; }
}
