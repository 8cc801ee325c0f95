using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>A department signed its review.</summary>
/// <param name="Round">The round.</param>
/// <param name="Stage">The stage.</param>
/// <param name="Department">The department.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Comments">The comments.</param>
/// <param name="WorkingTimeNeeded">The working time needed (R5).</param>
/// <param name="Findings">The criteria checked (R7).</param>
public sealed record ReviewSigned(int Round, ReviewStage Stage, Department Department, ReviewVerdict Verdict, string Comments, Duration WorkingTimeNeeded, ValueList<ReviewFinding> Findings) : OrderEvent
{
    /// <summary>Gets the credit check made when the department answered the credit criterion (R7); <see langword="null"/> otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CreditCheck? Credit { get; init; }

}
