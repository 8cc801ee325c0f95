using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

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
