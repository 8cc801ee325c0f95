using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

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
