namespace OrderKernel.Policies;

/// <summary>Options of the default review policy.</summary>
public sealed record ReviewPolicyOptions
{
    /// <summary>Gets the departments of the initial stage; default sales (R6).</summary>
    public ValueList<Department> InitialDepartments { get; init; } = ValueList<Department>.Of(Department.Sales);

    /// <summary>Gets the departments of every detail stage; default production and technical (R5).</summary>
    public ValueList<Department> DetailDepartments { get; init; } = ValueList<Department>.Of(Department.Production, Department.Technical);

    /// <summary>Gets the departments added when a line is a new product or non-standard (R10); default procurement and quality.</summary>
    public ValueList<Department> NewOrNonStandardDepartments { get; init; } = ValueList<Department>.Of(Department.Procurement, Department.Quality);

    /// <summary>
    /// Gets the default finance-review thresholds (R7): one per currency of <see cref="ApprovalPolicyOptions.DefaultLimits"/>,
    /// about USD 500,000 in each (five times the department head's default approval limit, at the same reference rates),
    /// e.g. USD 500,000, CNY 3,550,000, JPY 75,000,000.
    /// </summary>
    public static ValueList<Money> DefaultFinanceReviewFrom { get; } = BuildDefaultFinanceReviewFrom();

    /// <summary>
    /// Gets the estimated amount at or above which finance reviews, one per currency (R7); default
    /// <see cref="DefaultFinanceReviewFrom"/>. Amounts are never compared across currencies: finance reviews every order in
    /// a currency without a threshold here, and the review requirement's explanation says so.
    /// </summary>
    public ValueList<Money> FinanceReviewFrom { get; init; } = DefaultFinanceReviewFrom;

    /// <summary>Gets a value indicating whether finance reviews every order of a new customer; default <see langword="true"/>.</summary>
    public bool FinanceReviewsNewCustomers { get; init; } = true;

    /// <summary>Gets a value indicating whether finance reviews every important or urgent order (R4); default <see langword="true"/>.</summary>
    public bool FinanceReviewsImportantOrders { get; init; } = true;

    /// <summary>
    /// Gets the criteria each department answers to approve (R7; 001 第七条, 002 §3.2). Default: sales compliance; production
    /// capacity and materials; technical risks; procurement materials; quality risks; finance credit or budget. A department
    /// not listed answers none; each department at most once.
    /// </summary>
    public ValueList<DepartmentCriteria> Criteria { get; init; } = ValueList<DepartmentCriteria>.Of(
        new DepartmentCriteria(Department.Sales, ValueList<ReviewCriterion>.Of(ReviewCriterion.Compliance)),
        new DepartmentCriteria(Department.Production, ValueList<ReviewCriterion>.Of(ReviewCriterion.Capacity, ReviewCriterion.Materials)),
        new DepartmentCriteria(Department.Technical, ValueList<ReviewCriterion>.Of(ReviewCriterion.Risks)),
        new DepartmentCriteria(Department.Procurement, ValueList<ReviewCriterion>.Of(ReviewCriterion.Materials)),
        new DepartmentCriteria(Department.Quality, ValueList<ReviewCriterion>.Of(ReviewCriterion.Risks)),
        new DepartmentCriteria(Department.Finance, ValueList<ReviewCriterion>.Of(ReviewCriterion.CreditOrBudget)));

    /// <summary>Gets what happens to an approval over the customer's credit limit (R7); default <see cref="CreditOverLimit.Refuse"/>.</summary>
    public CreditOverLimit CreditOverLimit { get; init; } = CreditOverLimit.Refuse;

    private static ValueList<Money> BuildDefaultFinanceReviewFrom()
    {
        var limits = ApprovalPolicyOptions.DefaultLimits;
        var from = new Money[limits.Count];
        for (var i = 0; i < from.Length; i++)
        {
            from[i] = Money.Of(limits[i].DepartmentHeadUpTo * 5m, limits[i].Currency);
        }

        return ValueList<Money>.Of(from);
    }
}
