using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>The order was revised after a rejected review.</summary>
/// <param name="Lines">The revised lines.</param>
/// <param name="RequestedDeliveryDate">The revised delivery date.</param>
/// <param name="QualityRequirements">The revised quality requirements.</param>
/// <param name="Note">What was revised.</param>
public sealed record OrderRevised(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements, string Note) : OrderEvent
{
    /// <summary>
    /// Gets the priority policy's classification of the order as completed (R4): the lines and the date may have changed
    /// what it is; a host's override stands. <see langword="null"/> in events recorded before issue 22.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PriorityBasis? PriorityBasis { get; init; }
}
