using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>The customer completed the order (R3).</summary>
/// <param name="Lines">The lines.</param>
/// <param name="RequestedDeliveryDate">The delivery date.</param>
/// <param name="QualityRequirements">The quality requirements.</param>
public sealed record OrderDetailsCompleted(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements) : OrderEvent
{
    /// <summary>
    /// Gets the priority policy's classification of the order as completed (R4): the lines and the date may have changed
    /// what it is; a host's override stands. <see langword="null"/> in events recorded before issue 22.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PriorityBasis? PriorityBasis { get; init; }
}
