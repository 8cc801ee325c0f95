using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>One round of contract review (R5–R7, R10–R11).</summary>
public sealed record Review
{
    [JsonConstructor]
    internal Review()
    {
    }

    /// <summary>Gets the round number, from 1; a revised order starts a new round.</summary>
    [JsonInclude]
    public int Round { get; internal init; }

    /// <summary>Gets the round's state.</summary>
    [JsonInclude]
    public ReviewOutcome Outcome { get; internal init; }

    /// <summary>Gets the departments required in the initial stage.</summary>
    [JsonInclude]
    public ValueList<Department> InitialDepartments { get; internal init; }

    /// <summary>Gets the departments required in the detail stage.</summary>
    [JsonInclude]
    public ValueList<Department> DetailDepartments { get; internal init; }

    /// <summary>Gets why these departments are required (the review policy's explanation).</summary>
    [JsonInclude]
    public string Explanation { get; internal init; } = string.Empty;

    /// <summary>Gets the sign-offs so far, in order.</summary>
    [JsonInclude]
    public ValueList<ReviewSignOff> SignOffs { get; internal init; }

    /// <summary>Gets the reasons of a rejection; empty unless rejected.</summary>
    [JsonInclude]
    public ValueList<string> RejectionReasons { get; internal init; }

    /// <summary>Gets the host's bill of main materials given on submission (R11); empty when the lines themselves are reserved.</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ValueList<MaterialReservation> BillOfMaterials { get; internal init; }

    /// <summary>Gets the material still reserved (R11): what the passed review reserved, rescaled by changes, less what was released or consumed; empty before the review passed.</summary>
    [JsonInclude]
    public ValueList<MaterialReservation> ReservedMaterials { get; internal init; }

    /// <summary>Gets the material consumed at the release to production (R11); empty before.</summary>
    [JsonInclude]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ValueList<MaterialReservation> ConsumedMaterials { get; internal init; }

    /// <summary>Gets when the round started.</summary>
    [JsonInclude]
    public Instant StartedAt { get; internal init; }

    /// <summary>Gets the current stage.</summary>
    [JsonIgnore]
    public ReviewStage Stage => Outcome == ReviewOutcome.InitialPending ? ReviewStage.Initial : ReviewStage.Detail;

    /// <summary>Gets the departments required in a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The departments.</returns>
    public ValueList<Department> Required(ReviewStage stage) => stage == ReviewStage.Initial ? InitialDepartments : DetailDepartments;

    /// <summary>Tells whether a department has signed a stage in this round.</summary>
    /// <param name="department">The department.</param>
    /// <param name="stage">The stage.</param>
    /// <returns><see langword="true"/> when signed.</returns>
    public bool HasSigned(Department department, ReviewStage stage)
    {
        foreach (var s in SignOffs)
        {
            if (s.Department == department && s.Stage == stage)
            {
                return true;
            }
        }

        return false;
    }
}
