using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Which departments must review an order, per stage, and why (R5–R6, R10).</summary>
/// <param name="InitialDepartments">The initial stage's departments (basics: customer, products, price).</param>
/// <param name="DetailDepartments">The detail stage's departments (delivery, payment terms, special requirements).</param>
/// <param name="Explanation">Which facts required which departments.</param>
public sealed record ReviewRequirement(ValueList<Department> InitialDepartments, ValueList<Department> DetailDepartments, string Explanation);

/// <summary>The criteria one department answers when it approves (R7).</summary>
/// <param name="Department">The department.</param>
/// <param name="Criteria">The criteria it must answer with a finding each.</param>
public sealed record DepartmentCriteria(Department Department, ValueList<ReviewCriterion> Criteria);

/// <summary>What the review does with an approval that takes the customer over its credit limit (R7).</summary>
public enum CreditOverLimit
{
    /// <summary>The approval is refused (<c>review.credit-limit-exceeded</c>): the department rejects, or the host raises the limit first.</summary>
    Refuse,

    /// <summary>The approval is accepted only as a flagged exception: the credit finding marked unsatisfied with its mitigation (prepayment, guarantee, …); the sign-off records the exceeded check.</summary>
    Flag,
}

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

/// <summary>Creates review policies.</summary>
public static class ReviewPolicy
{
    /// <summary>Gets the default policy (see <see cref="ReviewPolicyOptions"/>).</summary>
    public static IReviewPolicy Default { get; } = Create(new ReviewPolicyOptions());

    /// <summary>Validates options and creates the default review policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IReviewPolicy Create(ReviewPolicyOptions options)
    {
        Guard.Against.Null(options);
        var currencies = new HashSet<Currency>();
        foreach (var from in options.FinanceReviewFrom)
        {
            Guard.Against.Negative(from.Amount, nameof(options));
            if (!currencies.Add(from.Currency))
            {
                throw new System.ArgumentException($"The finance-review threshold of {from.Currency.Code} is listed twice.", nameof(options));
            }
        }

        if (options.InitialDepartments.IsEmpty && options.DetailDepartments.IsEmpty)
        {
            throw new System.ArgumentException("At least one department must review.", nameof(options));
        }

        Guard.Against.EnumOutOfRange(options.CreditOverLimit, nameof(options));
        var seen = new HashSet<Department>();
        foreach (var entry in options.Criteria)
        {
            Guard.Against.Null(entry, nameof(options));
            Guard.Against.EnumOutOfRange(entry.Department, nameof(options));
            if (!seen.Add(entry.Department))
            {
                throw new System.ArgumentException($"The criteria of {entry.Department} are listed twice.", nameof(options));
            }

            foreach (var criterion in entry.Criteria)
            {
                Guard.Against.EnumOutOfRange(criterion, nameof(options));
            }
        }

        return new DefaultReviewPolicy(options);
    }

    private sealed class DefaultReviewPolicy(ReviewPolicyOptions options) : IReviewPolicy
    {
        public CreditOverLimit CreditOverLimit => options.CreditOverLimit;

        public ValueList<ReviewCriterion> CriteriaFor(Department department)
        {
            foreach (var entry in options.Criteria)
            {
                if (entry.Department == department)
                {
                    return entry.Criteria;
                }
            }

            return ValueList<ReviewCriterion>.Empty;
        }

        public ReviewRequirement Require(Order order)
        {
            Guard.Against.Null(order);
            var detail = new List<Department>(options.DetailDepartments);
            var why = new StringBuilder();
            why.Append("initial: ").Append(string.Join(", ", options.InitialDepartments)).Append(" (R6); detail: ")
               .Append(string.Join(", ", options.DetailDepartments)).Append(" (R5)");
            var newOrNonStandard = false;
            foreach (var line in order.Lines)
            {
                newOrNonStandard |= line.IsNewProduct || line.IsNonStandard;
            }

            if (newOrNonStandard)
            {
                AddAll(detail, options.NewOrNonStandardDepartments);
                why.Append("; new or non-standard product adds ").Append(string.Join(", ", options.NewOrNonStandardDepartments)).Append(" (R10)");
            }

            // R7 per currency: the amount is compared only with its own currency's threshold; without one, finance reviews.
            var amount = order.EstimatedAmount(RoundingRule.Default);
            if (amount is { } a)
            {
                if (ThresholdFor(a.Currency) is not { } threshold)
                {
                    Add(detail, Department.Finance);
                    why.Append("; no finance-review threshold for ").Append(a.Currency.Code).Append(" (amounts are not compared across currencies) adds Finance (R7)");
                }
                else if (a.Amount >= threshold)
                {
                    Add(detail, Department.Finance);
                    why.Append("; amount ").Append(a).Append(" at or above ").Append(threshold.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture)).Append(" adds Finance (R7)");
                }
            }

            if (options.FinanceReviewsNewCustomers && order.Customer.Tier == CustomerTier.New)
            {
                Add(detail, Department.Finance);
                why.Append("; new customer adds Finance (R7 credit)");
            }

            if (options.FinanceReviewsImportantOrders && order.Priority != Priority.Normal)
            {
                Add(detail, Department.Finance);
                why.Append("; ").Append(order.Priority).Append(" priority adds Finance (R4)");
            }

            return new ReviewRequirement(options.InitialDepartments, ValueList<Department>.From(detail), why.ToString());
        }

        private decimal? ThresholdFor(Currency currency)
        {
            foreach (var from in options.FinanceReviewFrom)
            {
                if (from.Currency == currency)
                {
                    return from.Amount;
                }
            }

            return null;
        }

        private static void AddAll(List<Department> list, ValueList<Department> more)
        {
            foreach (var d in more)
            {
                Add(list, d);
            }
        }

        private static void Add(List<Department> list, Department d)
        {
            if (!list.Contains(d))
            {
                list.Add(d);
            }
        }
    }
}
