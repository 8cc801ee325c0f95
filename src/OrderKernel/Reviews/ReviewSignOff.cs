using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>A department's signed review (R5): verdict, comments, the working time its part needs and the criteria checked.</summary>
public sealed record ReviewSignOff
{
    [JsonConstructor]
    internal ReviewSignOff(Department department, ReviewStage stage, ReviewVerdict verdict, string comments, Duration workingTimeNeeded, ValueList<ReviewFinding> findings, ActorId signedBy, Instant signedAt)
    {
        Department = department;
        Stage = stage;
        Verdict = verdict;
        Comments = comments;
        WorkingTimeNeeded = workingTimeNeeded;
        Findings = findings;
        SignedBy = signedBy;
        SignedAt = signedAt;
    }

    /// <summary>Gets the department.</summary>
    public Department Department { get; }

    /// <summary>Gets the stage signed.</summary>
    public ReviewStage Stage { get; }

    /// <summary>Gets the verdict.</summary>
    public ReviewVerdict Verdict { get; }

    /// <summary>Gets the comments.</summary>
    public string Comments { get; }

    /// <summary>Gets the working time the department's part of the order needs (R5).</summary>
    public Duration WorkingTimeNeeded { get; }

    /// <summary>Gets the criteria checked (R7).</summary>
    public ValueList<ReviewFinding> Findings { get; }

    /// <summary>Gets the credit check made when the department answered the credit criterion (R7); <see langword="null"/> otherwise.</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CreditCheck? Credit { get; internal init; }

    /// <summary>Gets who signed.</summary>
    public ActorId SignedBy { get; }

    /// <summary>Gets when.</summary>
    public Instant SignedAt { get; }
}
