using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>Submit the recorded order for contract review; the review policy decides the departments (R5–R6, R10).</summary>
public sealed record SubmitForReview : OrderCommand
{
    /// <summary>
    /// Gets the host's bill of main materials (R11): per order line, each main material and the quantity the line's ordered
    /// quantity needs; reserved when the review passes. Empty (the default): the lines' own products are reserved.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ValueList<MaterialReservation> BillOfMaterials { get; init; }

    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SubmitForReview;

    internal override void CheckInput(InputCheck c) => c.List("billOfMaterials", BillOfMaterials, KernelLimits.MaxListItems, static (c, path, m) =>
        c.Present($"{path}.line", m.Line).Present($"{path}.product", m.Product).Quantity($"{path}.quantity", m.Quantity));
}

/// <summary>A department signs its review in the current stage (R5–R7).</summary>
/// <param name="Department">The department signing.</param>
/// <param name="Verdict">Approve or reject.</param>
/// <param name="Comments">Comments; required to reject.</param>
/// <param name="WorkingTimeNeeded">The working time the department's part needs (R5); not negative.</param>
/// <param name="Findings">The criteria checked (R7): an approval answers every criterion the review policy gives the department.</param>
public sealed record SignReview(Department Department, ReviewVerdict Verdict, string Comments, Duration WorkingTimeNeeded, ValueList<ReviewFinding> Findings) : OrderCommand
{
    /// <summary>Gets the customer's exposure and credit limit from the host; required to approve for a department that answers the credit criterion (R7).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CreditPosition? Credit { get; init; }

    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SignReview;

    internal override void CheckInput(InputCheck c) => c.Defined("department", Department).Defined("verdict", Verdict).OptionalText("comments", Comments).Duration("workingTimeNeeded", WorkingTimeNeeded).Findings("findings", Findings).Credit("credit", Credit);
}

/// <summary>Revise an order whose review was rejected, so a new round can start.</summary>
/// <param name="Lines">The revised lines.</param>
/// <param name="RequestedDeliveryDate">The revised delivery date.</param>
/// <param name="QualityRequirements">The revised quality requirements.</param>
/// <param name="Note">What was revised and why.</param>
public sealed record ReviseOrder(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReviseOrder;

    internal override void CheckInput(InputCheck c) => c.Lines("lines", Lines).Date("requestedDeliveryDate", RequestedDeliveryDate).OptionalText("qualityRequirements", QualityRequirements).Text("note", Note);
}

/// <summary>A review round started with the departments the policy requires.</summary>
/// <param name="Round">The round number.</param>
/// <param name="InitialDepartments">Departments of the initial stage.</param>
/// <param name="DetailDepartments">Departments of the detail stage.</param>
/// <param name="Explanation">Why these departments.</param>
public sealed record ReviewStarted(int Round, ValueList<Department> InitialDepartments, ValueList<Department> DetailDepartments, string Explanation) : OrderEvent
{
    /// <summary>Gets the host's bill of main materials to reserve when the review passes (R11); empty: the lines are reserved.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ValueList<MaterialReservation> BillOfMaterials { get; init; }


}

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

/// <summary>Every department of the initial stage approved; the detail stage begins (R6).</summary>
/// <param name="Round">The round.</param>
public sealed record ReviewStageCompleted(int Round) : OrderEvent;

/// <summary>Every required department approved: the review passed.</summary>
/// <param name="Round">The round.</param>
/// <param name="LongestWorkingTimeNeeded">The longest working time any department needs (the review form's lead time, R5).</param>
public sealed record ReviewPassed(int Round, Duration LongestWorkingTimeNeeded) : OrderEvent;

/// <summary>Main material was reserved for the order (R11).</summary>
/// <param name="Reservations">The reservations.</param>
public sealed record MaterialReserved(ValueList<MaterialReservation> Reservations) : OrderEvent;

/// <summary>Reserved main material moved (R11): released on cancellation, loss or a removed line, adjusted by a change, consumed at the release to production.</summary>
/// <param name="Movement">What happened.</param>
/// <param name="Materials">Per line and material: the quantity released or consumed; for <see cref="MaterialMovement.Adjusted"/>, the quantity reserved after the adjustment.</param>
public sealed record MaterialsMoved(MaterialMovement Movement, ValueList<MaterialReservation> Materials) : OrderEvent;

/// <summary>A department rejected: the review round is rejected with its reasons.</summary>
/// <param name="Round">The round.</param>
/// <param name="Reasons">The reasons.</param>
public sealed record ReviewRejected(int Round, ValueList<string> Reasons) : OrderEvent;

/// <summary>The order was revised after a rejected review.</summary>
/// <param name="Lines">The revised lines.</param>
/// <param name="RequestedDeliveryDate">The revised delivery date.</param>
/// <param name="QualityRequirements">The revised quality requirements.</param>
/// <param name="Note">What was revised.</param>
public sealed record OrderRevised(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements, string Note) : OrderEvent;
