using System.Text.Json.Serialization;

namespace OrderKernel;

/// <summary>The goods failed final inspection and go back to rework (R29).</summary>
/// <param name="Grade">The grade.</param>
/// <param name="SampleSize">Units sampled.</param>
/// <param name="DefectsFound">Defects found.</param>
/// <param name="Notes">The notes.</param>
public sealed record InspectionFailed(QualityGrade Grade, int SampleSize, int DefectsFound, string Notes) : OrderEvent
{
    /// <summary>Gets the sampling plan that decided the verdict (R27); <see langword="null"/> for an inspection left out of the lifecycle.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SamplingPlan? Plan { get; init; }


}
