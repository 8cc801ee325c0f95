namespace OrderKernel.Policies;

/// <summary>Decides which departments review an order from its facts (R5, R10) and what each department answers (R7).</summary>
public interface IReviewPolicy
{
    /// <summary>Gets what happens to an approval over the customer's credit limit (R7).</summary>
    CreditOverLimit CreditOverLimit { get; }

    /// <summary>Decides the review requirement of an order.</summary>
    /// <param name="order">The order being submitted.</param>
    /// <returns>The requirement with its explanation.</returns>
    ReviewRequirement Require(Order order);

    /// <summary>The criteria a department must answer, with a finding each, to approve (R7).</summary>
    /// <param name="department">The department.</param>
    /// <returns>The criteria; empty when the department answers none.</returns>
    ValueList<ReviewCriterion> CriteriaFor(Department department);
}
