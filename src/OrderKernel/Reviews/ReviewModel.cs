using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>A department taking part in contract review (R5).</summary>
public enum Department
{
    /// <summary>Sales (the business department).</summary>
    Sales,

    /// <summary>Production.</summary>
    Production,

    /// <summary>Technical.</summary>
    Technical,

    /// <summary>Procurement.</summary>
    Procurement,

    /// <summary>Quality.</summary>
    Quality,

    /// <summary>Finance.</summary>
    Finance,
}

/// <summary>The two stages of contract review (R6).</summary>
public enum ReviewStage
{
    /// <summary>Initial review of the basics: customer, products, price.</summary>
    Initial,

    /// <summary>Re-review of the details: delivery, payment terms, special requirements.</summary>
    Detail,
}

/// <summary>A department's verdict.</summary>
public enum ReviewVerdict
{
    /// <summary>Approve.</summary>
    Approve,

    /// <summary>Reject.</summary>
    Reject,
}

/// <summary>The state of a review round: the review sub-machine's states (see <see cref="ReviewLifecycle"/>).</summary>
public enum ReviewOutcome
{
    /// <summary>Waiting for sign-offs in the initial stage.</summary>
    InitialPending,

    /// <summary>Waiting for sign-offs in the detail stage.</summary>
    DetailPending,

    /// <summary>Every required department approved.</summary>
    Passed,

    /// <summary>A department rejected.</summary>
    Rejected,
}

/// <summary>A review criterion (R7).</summary>
public enum ReviewCriterion
{
    /// <summary>Legal and compliant.</summary>
    Compliance,

    /// <summary>Within the customer's credit or the budget.</summary>
    CreditOrBudget,

    /// <summary>Enough production capacity.</summary>
    Capacity,

    /// <summary>Materials and stock available.</summary>
    Materials,

    /// <summary>Risks named, with mitigations.</summary>
    Risks,
}

/// <summary>One criterion checked by a department (R7): satisfied or not, with a note and, if not, the mitigation.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Satisfied">Whether it is satisfied.</param>
/// <param name="Note">What was found.</param>
/// <param name="Mitigation">The mitigation of an unsatisfied criterion, required to approve despite it.</param>
public sealed record ReviewFinding(ReviewCriterion Criterion, bool Satisfied, string Note, string? Mitigation = null);

/// <summary>The customer's credit as the host knows it when a department signs the credit criterion (R7); both in the order's currency.</summary>
/// <param name="Exposure">What the customer owes and has on order today, before this order; not negative.</param>
/// <param name="Limit">The customer's credit limit; not negative.</param>
public sealed record CreditPosition(Money Exposure, Money Limit);

/// <summary>The credit check recorded with a sign-off that answers the credit criterion (R7).</summary>
/// <param name="Exposure">The customer's exposure before this order (from the host).</param>
/// <param name="Limit">The customer's credit limit (from the host).</param>
/// <param name="OrderAmount">The order's estimated amount; <see langword="null"/> while a line has no price yet (then the exposure alone is compared).</param>
/// <param name="Exceeded">Whether exposure plus the order exceeds the limit (approved only as a flagged, mitigated finding, see <c>CreditOverLimit.Flag</c>).</param>
public sealed record CreditCheck(Money Exposure, Money Limit, Money? OrderAmount, bool Exceeded);

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

/// <summary>Main material reserved for an order line when its review passed (R11).</summary>
/// <param name="Line">The order line.</param>
/// <param name="Product">The product.</param>
/// <param name="Quantity">The quantity reserved.</param>
public sealed record MaterialReservation(LineId Line, ProductId Product, Quantity Quantity);

/// <summary>What happened to reserved main material (R11).</summary>
public enum MaterialMovement
{
    /// <summary>Given back: the order was cancelled or lost, or a change removed the line.</summary>
    Released,

    /// <summary>Rescaled: a change altered the line's quantity; the entries are the quantities reserved afterwards.</summary>
    Adjusted,

    /// <summary>Used up: the order was released to production.</summary>
    Consumed,

    /// <summary>Reserved afterwards: a change added a line before the release to production; its product and quantity are reserved like the lines at review.</summary>
    Reserved,
}

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
