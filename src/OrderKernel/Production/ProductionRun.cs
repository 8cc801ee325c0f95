using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>The production run of an order (R21–R25).</summary>
public sealed record ProductionRun
{
    [JsonConstructor]
    internal ProductionRun()
    {
    }

    /// <summary>Gets when it was released to production.</summary>
    [JsonInclude]
    public Instant ReleasedAt { get; internal init; }

    /// <summary>Gets the planned completion date (R22).</summary>
    [JsonInclude]
    public LocalDate PlannedCompletion { get; internal init; }

    /// <summary>Gets the date the main materials are ready, as confirmed at release (R21); <see langword="null"/> for runs released before it was required.</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? MaterialsReadyOn { get; internal init; }

    /// <summary>Gets the completion expected by the latest delay alarm (R24); <see langword="null"/> while none was raised.</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? ExpectedCompletion { get; internal init; }

    /// <summary>Gets the progress reports (R24).</summary>
    [JsonInclude]
    public ValueList<ProgressReport> Progress { get; internal init; }

    /// <summary>Gets the exceptions reported (R25).</summary>
    [JsonInclude]
    public ValueList<ProductionIssue> Issues { get; internal init; }

    /// <summary>Gets when production was last completed; <see langword="null"/> while running or reworking (R29).</summary>
    [JsonInclude]
    public Instant? CompletedAt { get; internal init; }

    /// <summary>Gets how many times a failed inspection sent it back to rework (R29).</summary>
    [JsonInclude]
    public int ReworkCount { get; internal init; }
}
