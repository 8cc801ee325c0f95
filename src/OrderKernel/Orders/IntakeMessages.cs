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

/// <summary>Send an incomplete or invalid order back to the customer (R3).</summary>
/// <param name="Reason">Why.</param>
/// <param name="MissingItems">What the customer must supply.</param>
public sealed record ReturnForCompletion(string Reason, ValueList<string> MissingItems) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReturnForCompletion;

    internal override void CheckInput(InputCheck c) => c.Text("reason", Reason).Texts("missingItems", MissingItems);
}

/// <summary>Enter the customer's completion of a returned order (R3).</summary>
/// <param name="Lines">The completed lines.</param>
/// <param name="RequestedDeliveryDate">The delivery date.</param>
/// <param name="QualityRequirements">The quality requirements.</param>
public sealed record CompleteOrderDetails(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CompleteOrderDetails;

    internal override void CheckInput(InputCheck c) => c.Lines("lines", Lines).Date("requestedDeliveryDate", RequestedDeliveryDate).OptionalText("qualityRequirements", QualityRequirements);
}

/// <summary>Record a complete order and assign its number from the host's sequence (R2).</summary>
/// <param name="Sequence">The next value of the host's order sequence; positive.</param>
public sealed record RecordOrder(long Sequence) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordOrder;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence);
}

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

/// <summary>The order was sent back to the customer for completion (R3).</summary>
/// <param name="Reason">Why.</param>
/// <param name="MissingItems">What is missing.</param>
public sealed record OrderReturnedForCompletion(string Reason, ValueList<string> MissingItems) : OrderEvent;

/// <summary>The customer completed the order (R3).</summary>
/// <param name="Lines">The lines.</param>
/// <param name="RequestedDeliveryDate">The delivery date.</param>
/// <param name="QualityRequirements">The quality requirements.</param>
public sealed record OrderDetailsCompleted(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements) : OrderEvent;

/// <summary>The order was recorded and numbered (R2).</summary>
/// <param name="OrderNumber">The number.</param>
/// <param name="Sequence">The sequence value it came from.</param>
public sealed record OrderRecorded(string OrderNumber, long Sequence) : OrderEvent;
