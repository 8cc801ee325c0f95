using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>The quality grade an inspection assigns (R27–R28); a lower grade than ordered produces a change list.</summary>
public enum QualityGrade
{
    /// <summary>First grade: as ordered.</summary>
    First,

    /// <summary>Second grade: downgraded (R28).</summary>
    Second,

    /// <summary>Third grade: downgraded further (R28).</summary>
    Third,
}

/// <summary>One round of samples (R14): the units sent and, once given, the customer's verdict.</summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="Units">The sample units sent.</param>
/// <param name="Note">What was sent (hardware and software versions, carrier).</param>
/// <param name="SentBy">Who sent it.</param>
/// <param name="SentAt">When.</param>
/// <param name="Approved">The customer's verdict; <see langword="null"/> while awaited.</param>
/// <param name="Comments">The customer's comments; empty while awaited.</param>
/// <param name="DecidedBy">Who recorded the verdict; <see langword="null"/> while awaited.</param>
/// <param name="DecidedAt">When; <see langword="null"/> while awaited.</param>
public sealed record SampleRound(int Round, int Units, string Note, ActorId SentBy, Instant SentAt, bool? Approved, string Comments, ActorId? DecidedBy, Instant? DecidedAt);

/// <summary>A daily progress report (R24).</summary>
/// <param name="Complete">The share complete.</param>
/// <param name="Note">The note.</param>
/// <param name="ReportedBy">Who reported.</param>
/// <param name="ReportedAt">When.</param>
public sealed record ProgressReport(Percentage Complete, string Note, ActorId ReportedBy, Instant ReportedAt);

/// <summary>A production exception reported formally (R25) and passed on to sales and the customer (R24).</summary>
/// <param name="Description">What happened.</param>
/// <param name="ExpectedDelay">The delay it is expected to cause.</param>
/// <param name="ReportedBy">Who reported.</param>
/// <param name="ReportedAt">When.</param>
public sealed record ProductionIssue(string Description, Duration ExpectedDelay, ActorId ReportedBy, Instant ReportedAt);

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
