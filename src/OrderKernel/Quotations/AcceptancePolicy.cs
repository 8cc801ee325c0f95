using System.Globalization;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Creates acceptance policies.</summary>
public static class AcceptancePolicy
{
    /// <summary>Gets the default policy: small orders from non-key customers are accepted only with an 8 % surcharge and 7 more days (R9).</summary>
    public static IAcceptancePolicy Default { get; } = Create(new AcceptancePolicyOptions());

    /// <summary>Validates options and creates the default acceptance policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IAcceptancePolicy Create(AcceptancePolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Negative(options.SmallQuantityBelow, nameof(options));
        Guard.Against.Negative(options.SmallAmountBelow, nameof(options));
        Guard.Against.Negative(options.ExtraLeadTimeDays, nameof(options));
        return new DefaultAcceptancePolicy(options);
    }

    private sealed class DefaultAcceptancePolicy(AcceptancePolicyOptions options) : IAcceptancePolicy
    {
        public AcceptanceDecision Assess(AcceptanceInput input)
        {
            Guard.Against.Null(input);
            foreach (var tier in options.ExemptTiers)
            {
                if (tier == input.Tier)
                {
                    return new AcceptanceDecision(AcceptanceOutcome.Accept, Percentage.Zero, 0, $"{input.Tier} customers are accepted on normal terms (R9).");
                }
            }

            var allLinesSmall = !input.Lines.IsEmpty;
            foreach (var line in input.Lines)
            {
                allLinesSmall &= line.Quantity.Value < options.SmallQuantityBelow;
            }

            var amount = input.EstimatedAmount;
            var smallAmount = amount is { } a && a.Amount < options.SmallAmountBelow;
            if (!allLinesSmall && !smallAmount)
            {
                return new AcceptanceDecision(AcceptanceOutcome.Accept, Percentage.Zero, 0, string.Create(CultureInfo.InvariantCulture, $"Not a small order (a line of at least {options.SmallQuantityBelow} units, estimated {amount}): normal terms (R9)."));
            }

            var why = allLinesSmall
                ? string.Create(CultureInfo.InvariantCulture, $"every line is below {options.SmallQuantityBelow} units")
                : string.Create(CultureInfo.InvariantCulture, $"the estimated amount {amount} is below {options.SmallAmountBelow:N0}");
            if (options.DeclineSmallOrdersFromNewCustomers && input.Tier == CustomerTier.New)
            {
                return new AcceptanceDecision(AcceptanceOutcome.Decline, Percentage.Zero, 0, $"A small order ({why}) from a new customer is declined (R9).");
            }

            return new AcceptanceDecision(
                AcceptanceOutcome.AcceptWithTerms,
                options.Surcharge,
                options.ExtraLeadTimeDays,
                string.Create(CultureInfo.InvariantCulture, $"A small order ({why}) from a {input.Tier} customer is accepted only with a {options.Surcharge} surcharge and {options.ExtraLeadTimeDays} more days (R9)."));
        }
    }
}
