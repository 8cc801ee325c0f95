using NodaTime;

namespace OrderKernel;

/// <summary>
/// The intake area's slice of an order (R1–R4): what the customer ordered and on which terms, the registration and an
/// open request to complete the order. Replaced with <c>with</c> when an event changes it; the order's public properties
/// read through it.
/// </summary>
internal sealed record IntakeState
{
    /// <summary>Gets the customer (R1); set when the order is created or read.</summary>
    public CustomerInfo Customer { get; init; } = null!;

    /// <summary>Gets the channel (R1).</summary>
    public Channel Channel { get; init; }

    /// <summary>Gets the priority in force (R4).</summary>
    public Priority Priority { get; init; }

    /// <summary>Gets how the priority was decided (R4).</summary>
    public PriorityBasis? PriorityBasis { get; init; }

    /// <summary>Gets the lines (R1).</summary>
    public ValueList<OrderLine> Lines { get; init; }

    /// <summary>Gets the requested delivery date (R3).</summary>
    public LocalDate? RequestedDeliveryDate { get; init; }

    /// <summary>Gets the IANA time zone id; set when the order is created or read. Setting it resolves <see cref="Zone"/>.</summary>
    public string TimeZoneId
    {
        get;
        init
        {
            field = value;
            Zone = value is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(value);
        }
    } = null!;

    /// <summary>
    /// Gets the zone <see cref="TimeZoneId"/> names, resolved once when the id is set (not on every date the order's rules
    /// ask for); <see langword="null"/> when the id names no zone, which the integrity check refuses at the door.
    /// </summary>
    public DateTimeZone? Zone { get; private init; }

    /// <summary>Gets the quality requirements (R1); set when the order is created or read.</summary>
    public string QualityRequirements { get; init; } = null!;

    /// <summary>Gets the agreed AQL (R27).</summary>
    public decimal? Aql { get; init; }

    /// <summary>Gets the payment terms (R17–R20); set when the order is created or read.</summary>
    public PaymentTerms PaymentTerms { get; init; } = null!;

    /// <summary>Gets when the order was received.</summary>
    public Instant ReceivedAt { get; init; }

    /// <summary>Gets the registration (R2).</summary>
    public Registration? Registration { get; init; }

    /// <summary>Gets the open request to complete the order (R3).</summary>
    public CompletionRequest? CompletionRequest { get; init; }
}
