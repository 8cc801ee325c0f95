namespace OrderKernel.Policies;

/// <summary>What the review does with an approval that takes the customer over its credit limit (R7).</summary>
public enum CreditOverLimit
{
    /// <summary>The approval is refused (<c>review.credit-limit-exceeded</c>): the department rejects, or the host raises the limit first.</summary>
    Refuse,

    /// <summary>The approval is accepted only as a flagged exception: the credit finding marked unsatisfied with its mitigation (prepayment, guarantee, …); the sign-off records the exceeded check.</summary>
    Flag,
}
