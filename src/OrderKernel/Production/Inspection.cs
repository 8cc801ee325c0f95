using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>A final inspection (R27–R29): batch sampling, the grade and the verdict.</summary>
/// <param name="Passed">Whether the goods passed and may enter the warehouse.</param>
/// <param name="Grade">The grade assigned.</param>
/// <param name="SampleSize">Units sampled.</param>
/// <param name="DefectsFound">Defective units found in the sample.</param>
/// <param name="Notes">The inspector's notes.</param>
/// <param name="InspectedBy">Who inspected.</param>
/// <param name="InspectedAt">When.</param>
public sealed record Inspection(bool Passed, QualityGrade Grade, int SampleSize, int DefectsFound, string Notes, ActorId InspectedBy, Instant InspectedAt)
{
    /// <summary>Gets the sampling plan that decided the verdict (R27); <see langword="null"/> when the inspection was left out of the lifecycle.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SamplingPlan? Plan { get; init; }
}
