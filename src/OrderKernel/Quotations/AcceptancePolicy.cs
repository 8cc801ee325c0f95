using System.Globalization;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>The acceptance decision's outcome (R9).</summary>
public enum AcceptanceOutcome
{
    /// <summary>Accept on the normal terms.</summary>
    Accept,

    /// <summary>Accept only with a surcharge and a longer lead time.</summary>
    AcceptWithTerms,

    /// <summary>Decline the order.</summary>
    Decline,
}

/// <summary>Whether and on which terms the company accepts an order (R9), with its explanation.</summary>
/// <param name="Outcome">Accept, accept with terms, or decline.</param>
/// <param name="Surcharge">The surcharge on every quoted line; 0 % unless <see cref="AcceptanceOutcome.AcceptWithTerms"/>.</param>
/// <param name="ExtraLeadTimeDays">Days added to the requested delivery date; 0 unless <see cref="AcceptanceOutcome.AcceptWithTerms"/>.</param>
/// <param name="Explanation">The facts and limits that decided it.</param>
public sealed record AcceptanceDecision(AcceptanceOutcome Outcome, Percentage Surcharge, int ExtraLeadTimeDays, string Explanation);

/// <summary>What the acceptance policy reads of the order being quoted (R9).</summary>
/// <param name="Tier">The customer's standing.</param>
/// <param name="Lines">The order's lines (quantities, new or non-standard products).</param>
/// <param name="EstimatedAmount">The estimated amount from the lines' prices, or <see langword="null"/> while a price is open.</param>
public sealed record AcceptanceInput(CustomerTier Tier, ValueList<OrderLine> Lines, Money? EstimatedAmount)
{
    /// <summary>The acceptance policy's view of an order: its customer's tier, its lines and their estimated amount.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The input.</returns>
    public static AcceptanceInput Of(Order order)
    {
        Guard.Against.Null(order);
        return new(order.Customer.Tier, order.Lines, order.EstimatedAmount(RoundingRule.Default));
    }
}

/// <summary>Weighs customer standing, product type, quantity, lead time and estimated amount to decide acceptance (R9).</summary>
public interface IAcceptancePolicy
{
    /// <summary>Assesses an order.</summary>
    /// <param name="input">The order being quoted, as the policy sees it (<see cref="AcceptanceInput.Of(Order)"/>).</param>
    /// <returns>The decision with its explanation.</returns>
    AcceptanceDecision Assess(AcceptanceInput input);
}

/// <summary>Options of the default acceptance policy.</summary>
public sealed record AcceptancePolicyOptions
{
    /// <summary>Gets the line quantity below which every line makes the order small; default 100.</summary>
    public decimal SmallQuantityBelow { get; init; } = 100m;

    /// <summary>Gets the estimated amount (in the order's currency) below which the order is small; default 10,000.</summary>
    public decimal SmallAmountBelow { get; init; } = 10_000m;

    /// <summary>Gets the surcharge a small order from a non-key customer carries; default 8 %.</summary>
    public Percentage Surcharge { get; init; } = Percentage.Of(8m);

    /// <summary>Gets the days added to such an order's lead time; default 7.</summary>
    public int ExtraLeadTimeDays { get; init; } = 7;

    /// <summary>Gets the tiers exempt from the small-order terms; default key customers.</summary>
    public ValueList<CustomerTier> ExemptTiers { get; init; } = ValueList<CustomerTier>.Of(CustomerTier.Key);

    /// <summary>Gets a value indicating whether small orders from new customers are declined instead; default <see langword="false"/>.</summary>
    public bool DeclineSmallOrdersFromNewCustomers { get; init; }
}

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
