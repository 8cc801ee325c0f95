using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

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
