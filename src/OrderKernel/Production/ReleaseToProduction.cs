using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// Release the order to production with its planned completion date (R21–R22): a checked commitment. The host confirms
/// what it checked in its MES: the capacity to finish on time and the date the main materials are ready.
/// </summary>
/// <param name="PlannedCompletion">The planned completion; not after the delivery date.</param>
public sealed record ReleaseToProduction(LocalDate PlannedCompletion) : OrderCommand
{
    /// <summary>Gets a value indicating whether the host confirmed the capacity to finish by the planned completion (R22); required.</summary>
    public bool CapacityConfirmed { get; init; }

    /// <summary>Gets the date the main materials are ready (R21); required, not after the planned completion.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? MaterialsReadyOn { get; init; }

    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReleaseToProduction;

    internal override void CheckInput(InputCheck c) => c.Date("plannedCompletion", PlannedCompletion).Date("materialsReadyOn", MaterialsReadyOn);
}
