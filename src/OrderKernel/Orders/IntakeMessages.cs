using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>Receive an order through a channel (R1). An order may arrive incomplete (R3); it must be complete to be recorded.</summary>
/// <param name="OrderId">The host's id for the new order.</param>
/// <param name="Customer">The customer.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Priority">
/// The host's priority (R4): <see langword="null"/> lets the priority policy classify the order; a value that differs from
/// the classification overrides it, recorded with the actor on <see cref="OrderReceived.PriorityBasis"/>.
/// </param>
/// <param name="Currency">The order's currency; every price is in it.</param>
/// <param name="Lines">The lines, at least one, with unique ids.</param>
/// <param name="RequestedDeliveryDate">The requested delivery date in <paramref name="TimeZoneId"/>, if given.</param>
/// <param name="TimeZoneId">The IANA time zone of the customer and the contract.</param>
/// <param name="QualityRequirements">The quality requirements.</param>
/// <param name="PaymentTerms">The payment terms; the policies' default when <see langword="null"/>.</param>
public sealed record ReceiveOrder(
    OrderId OrderId,
    CustomerInfo Customer,
    Channel Channel,
    Priority? Priority,
    Currency Currency,
    ValueList<OrderLine> Lines,
    LocalDate? RequestedDeliveryDate,
    string TimeZoneId,
    string QualityRequirements,
    PaymentTerms? PaymentTerms = null) : OrderCommand
{
    /// <summary>
    /// Gets the acceptable quality level of the final inspection, percent nonconforming (R27): one of
    /// <see cref="SamplingPlan.StandardAqls"/>; <see langword="null"/> when not agreed yet (the inspection is then refused).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Aql { get; init; }

    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReceiveOrder;

    internal override void CheckInput(InputCheck c) => c.Present("orderId", OrderId).Customer("customer", Customer).Present("currency", Currency).Defined("channel", Channel).Defined("priority", Priority ?? OrderKernel.Priority.Normal).Lines("lines", Lines).Date("requestedDeliveryDate", RequestedDeliveryDate).Key("timeZoneId", TimeZoneId).OptionalText("qualityRequirements", QualityRequirements).Terms("paymentTerms", PaymentTerms);
}
