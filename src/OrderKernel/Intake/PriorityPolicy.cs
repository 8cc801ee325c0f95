using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

/// <summary>What the priority policy weighs (R4): urgency, amount and the customer's importance.</summary>
/// <param name="EstimatedAmount">The order's estimated amount; <see langword="null"/> while a line has no price.</param>
/// <param name="Tier">The customer's tier.</param>
/// <param name="ReceivedOn">The day the order was received, in the order's time zone.</param>
/// <param name="RequestedDeliveryDate">The requested delivery date; <see langword="null"/> when none is given yet.</param>
public sealed record PriorityInput(Money? EstimatedAmount, CustomerTier Tier, LocalDate ReceivedOn, LocalDate? RequestedDeliveryDate);

/// <summary>The priority policy's answer (R4): the priority and the reasons that decided it, one per fact weighed.</summary>
/// <param name="Priority">The priority.</param>
/// <param name="Reasons">Why: urgency, amount and importance, each with its numbers.</param>
public sealed record PriorityClassification(Priority Priority, ValueList<string> Reasons);

/// <summary>Classifies an order's priority from its facts (R4; 003 网店, 004 "订单处理优先级划分").</summary>
public interface IPriorityPolicy
{
    /// <summary>Classifies an order.</summary>
    /// <param name="input">The facts weighed.</param>
    /// <returns>The priority with its reasons.</returns>
    PriorityClassification Classify(PriorityInput input);
}

/// <summary>Options of the default priority policy (R4).</summary>
public sealed record PriorityPolicyOptions
{
    /// <summary>Gets the standard lead time in calendar days; an order requested sooner is urgent. Default 30.</summary>
    public int StandardLeadTimeDays { get; init; } = 30;

    /// <summary>
    /// Gets the amount from which an order is important, one per currency (never compared across currencies). Default
    /// 1,500,000 CNY, 200,000 USD, 185,000 EUR, 160,000 GBP, 30,000,000 JPY, 60,000 KWD; an order in a currency not listed
    /// is not weighed by amount, and its reasons say so.
    /// </summary>
    public ValueList<Money> ImportantFromAmounts { get; init; } = ValueList<Money>.Of(
        Money.Of(1_500_000m, Currency.CNY),
        Money.Of(200_000m, Currency.USD),
        Money.Of(185_000m, Currency.EUR),
        Money.Of(160_000m, Currency.GBP),
        Money.Of(30_000_000m, Currency.JPY),
        Money.Of(60_000m, Currency.KWD));

    /// <summary>Gets a value indicating whether a key customer's order is important; default <see langword="true"/>.</summary>
    public bool KeyCustomersAreImportant { get; init; } = true;
}

/// <summary>Creates priority policies.</summary>
public static class PriorityPolicy
{
    /// <summary>Gets the default policy (see <see cref="PriorityPolicyOptions"/>).</summary>
    public static IPriorityPolicy Default { get; } = Create(new PriorityPolicyOptions());

    /// <summary>Validates options and creates the default priority policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IPriorityPolicy Create(PriorityPolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Negative(options.StandardLeadTimeDays, nameof(options));
        var currencies = new HashSet<Currency>();
        foreach (var amount in options.ImportantFromAmounts)
        {
            if (amount.IsDefault || amount.IsNegative || !currencies.Add(amount.Currency))
            {
                throw new System.ArgumentException($"Important-from amounts are given once per currency and not negative ({amount}).", nameof(options));
            }
        }

        return new DefaultPriorityPolicy(options);
    }

    private sealed class DefaultPriorityPolicy(PriorityPolicyOptions options) : IPriorityPolicy
    {
        public PriorityClassification Classify(PriorityInput input)
        {
            Guard.Against.Null(input);
            var reasons = new List<string>();
            var urgent = false;
            if (input.RequestedDeliveryDate is { } requested)
            {
                var days = Period.Between(input.ReceivedOn, requested, PeriodUnits.Days).Days;
                urgent = days < options.StandardLeadTimeDays;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"requested in {days} days, standard lead time {options.StandardLeadTimeDays} days: {(urgent ? "urgent" : "not urgent")}"));
            }
            else
            {
                reasons.Add("no requested delivery date: not urgent");
            }

            var important = false;
            if (input.EstimatedAmount is not { } amount)
            {
                reasons.Add("amount not known yet (a line has no price): not weighed");
            }
            else if (Threshold(amount.Currency) is not { } threshold)
            {
                reasons.Add($"no important-from amount for {amount.Currency}: amount not weighed");
            }
            else
            {
                important = amount >= threshold;
                reasons.Add($"amount {amount} {(important ? "at or above" : "below")} {threshold}");
            }

            var key = options.KeyCustomersAreImportant && input.Tier == CustomerTier.Key;
            important |= key;
            reasons.Add($"customer tier {input.Tier}{(key ? ": key customer" : string.Empty)}");
            var priority = urgent ? Priority.Urgent : important ? Priority.Important : Priority.Normal;
            return new PriorityClassification(priority, ValueList<string>.From(reasons));
        }

        private Money? Threshold(Currency currency)
        {
            foreach (var m in options.ImportantFromAmounts)
            {
                if (m.Currency == currency)
                {
                    return m;
                }
            }

            return null;
        }
    }
}
