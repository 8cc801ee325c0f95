using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>The order was released to production (R21).</summary>
/// <param name="PlannedCompletion">The planned completion date.</param>
public sealed record ProductionReleased(LocalDate PlannedCompletion) : OrderEvent
{
    /// <summary>Gets the date the main materials are ready, as the host confirmed it (R21); <see langword="null"/> in streams written before it was required.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? MaterialsReadyOn { get; init; }


}
