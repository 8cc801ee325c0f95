using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>An order was received (R1); its <see cref="OrderEvent.OrderId"/> is the new order's id.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Priority">The priority in force: the classification, or the host's override (R4).</param>
/// <param name="Currency">The currency.</param>
/// <param name="Lines">The lines.</param>
/// <param name="RequestedDeliveryDate">The requested delivery date.</param>
/// <param name="TimeZoneId">The time zone.</param>
/// <param name="QualityRequirements">The quality requirements.</param>
/// <param name="PaymentTerms">The payment terms decided (given or the policy default).</param>
public sealed record OrderReceived(
    CustomerInfo Customer,
    Channel Channel,
    Priority Priority,
    Currency Currency,
    ValueList<OrderLine> Lines,
    LocalDate? RequestedDeliveryDate,
    string TimeZoneId,
    string QualityRequirements,
    PaymentTerms PaymentTerms) : OrderEvent
{
    /// <summary>Gets the acceptable quality level agreed for the final inspection (R27); <see langword="null"/> when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Aql { get; init; }

    /// <summary>Gets how the priority was decided (R4): the classification with its reasons and, if the host overrode it, by whom.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PriorityBasis? PriorityBasis { get; init; }
}
