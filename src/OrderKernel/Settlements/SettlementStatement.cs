namespace OrderKernel;

/// <summary>A settlement statement (R42–R45): every line with its sources, and the amount due (negative: refundable).</summary>
/// <param name="Lines">The lines; they sum exactly to <paramref name="AmountDue"/>.</param>
/// <param name="AmountDue">What the customer owes; negative when the company owes a refund.</param>
public sealed record SettlementStatement(ValueList<StatementLine> Lines, Money AmountDue)
{
    /// <summary>Gets a value indicating whether nothing is owed either way.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSettled => AmountDue.IsZero;

    /// <summary>Gets the balance's standing: the customer underpaid (owes), settled, or overpaid (refundable).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public BalanceStanding Standing => AmountDue.IsPositive ? BalanceStanding.Underpaid : AmountDue.IsNegative ? BalanceStanding.Overpaid : BalanceStanding.Settled;
}
