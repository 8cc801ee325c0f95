using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Creates and composes delay penalty policies.</summary>
public static class DelayPenaltyPolicy
{
    /// <summary>Gets the default: 1 point per day per responsible party (R39); 0.5 % of the contract value per day, capped at 10 %, rounded half away from zero.</summary>
    public static IDelayPenaltyPolicy Default { get; } = Create(new DelayPenaltyPolicyOptions());

    /// <summary>
    /// Builds the standard composition from options: points + tiers + fixed amount, after grace, capped, rounded. Only the
    /// parts the options ask for are composed (no points part at 0 points per day, no sum around a single part).
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy Create(DelayPenaltyPolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Negative(options.GraceDays, nameof(options));
        Guard.Against.Negative(options.FixedPerDay, nameof(options));
        Guard.Against.Negative(options.PointsPerDayPerParty, nameof(options));
        Guard.Against.EnumOutOfRange(options.Base, nameof(options));
        Guard.Against.EnumOutOfRange(options.Rounding, nameof(options));
        if (options.CapAmount is { } cap)
        {
            Guard.Against.Negative(cap, nameof(options));
        }

        // Only the parts the options ask for: no points part at 0 points per day, no tiers part without tiers.
        var parts = new List<IDelayPenaltyPolicy>();
        if (options.PointsPerDayPerParty > 0m)
        {
            parts.Add(PointsPerDay(options.PointsPerDayPerParty));
        }

        if (!options.Tiers.IsEmpty)
        {
            parts.Add(Tiered(options.Tiers, options.Base));
        }

        if (options.FixedPerDay > 0m)
        {
            parts.Add(FixedPerDay(options.FixedPerDay));
        }

        // A sum of one part is that part.
        IDelayPenaltyPolicy policy = parts.Count == 1 ? parts[0] : Sum([.. parts]);
        if (options.GraceDays > 0)
        {
            // Without grace days every day is chargeable: no layer to pass the input through.
            policy = WithGrace(policy, options.GraceDays);
        }

        if (options.CapPercentOfContract is not null || options.CapAmount is not null)
        {
            policy = WithCap(policy, options.CapPercentOfContract, options.CapAmount);
        }

        return Rounded(policy, options.Rounding);
    }

    /// <summary>Assessment points per day late per responsible party (R39: 1 point per day per manufacturer).</summary>
    /// <param name="pointsPerDay">Points per day per party.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy PointsPerDay(decimal pointsPerDay) => new Points(Guard.Against.Negative(pointsPerDay));

    /// <summary>A percentage of a base per day or per started week.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="per">Per day or per started week.</param>
    /// <param name="base">The base.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy PercentPer(Percentage rate, PenaltyPeriod per, PenaltyBase @base) =>
        Tiered(ValueList<PenaltyTier>.Of(new PenaltyTier(1, null, rate, per)), @base);

    /// <summary>Tiered rates, e.g. 0.5 % per week in weeks 1–4 and 1 % per week after.</summary>
    /// <param name="tiers">The tiers, in day order, not overlapping.</param>
    /// <param name="base">The base.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy Tiered(ValueList<PenaltyTier> tiers, PenaltyBase @base)
    {
        var previousEnd = 0;
        foreach (var t in tiers)
        {
            Guard.Against.Null(t, nameof(tiers));
            if (t.FromDay <= previousEnd || (t.ToDay is { } to && to < t.FromDay))
            {
                throw new ArgumentException("Penalty tiers must be in day order, start at day 1 or later, and not overlap.", nameof(tiers));
            }

            previousEnd = t.ToDay ?? int.MaxValue;
        }

        return new TieredRate(tiers, Guard.Against.EnumOutOfRange(@base));
    }

    /// <summary>A fixed amount per day late, in the contract's currency.</summary>
    /// <param name="amountPerDay">The amount per day.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy FixedPerDay(decimal amountPerDay) => new Fixed(Guard.Against.Negative(amountPerDay));

    /// <summary>The sum of several policies (amounts, points and traces added).</summary>
    /// <param name="policies">The policies.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy Sum(params IDelayPenaltyPolicy[] policies)
    {
        Guard.Against.Null(policies);
        foreach (var p in policies)
        {
            Guard.Against.Null(p, nameof(policies));
        }

        return new Summed([.. policies]);
    }

    /// <summary>Removes a grace period: the first <paramref name="graceDays"/> days late carry no penalty.</summary>
    /// <param name="inner">The policy.</param>
    /// <param name="graceDays">The grace days.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy WithGrace(IDelayPenaltyPolicy inner, int graceDays) => new Grace(Guard.Against.Null(inner), Guard.Against.Negative(graceDays));

    /// <summary>Caps the amount at a percentage of the contract value and/or an absolute amount (the lower applies), signalling when reached.</summary>
    /// <param name="inner">The policy.</param>
    /// <param name="percentOfContract">The cap as a percentage of the contract value.</param>
    /// <param name="amount">The cap as an amount in the contract's currency.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy WithCap(IDelayPenaltyPolicy inner, Percentage? percentOfContract, decimal? amount) =>
        new Capped(Guard.Against.Null(inner), percentOfContract, amount);

    /// <summary>Rounds the final amount to the currency's minor unit with an explicit midpoint mode.</summary>
    /// <param name="inner">The policy.</param>
    /// <param name="mode">The midpoint mode.</param>
    /// <returns>The policy.</returns>
    public static IDelayPenaltyPolicy Rounded(IDelayPenaltyPolicy inner, MidpointRounding mode) => new Rounding(Guard.Against.Null(inner), RoundingRule.ToMinorUnit(mode));

    private static string F(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private sealed class Points(decimal perDay) : IDelayPenaltyPolicy
    {
        public PenaltyResult Assess(in PenaltyInput input) => new(0m, perDay * input.DaysLate, false, false);

        public ValueList<PenaltyTraceLine> Explain(in PenaltyInput input) =>
            [new PenaltyTraceLine($"{F(perDay)} point(s) per day per responsible party (R39)", input.DaysLate, null, null, 0m, perDay * input.DaysLate)];
    }

    private sealed class TieredRate(ValueList<PenaltyTier> tiers, PenaltyBase @base) : IDelayPenaltyPolicy
    {
        // Each tier's rate as a fraction (0.005 for 0.5 %), computed once.
        private readonly decimal[] _fractions = [.. tiers.Select(t => t.Rate.Fraction)];

        public PenaltyResult Assess(in PenaltyInput input)
        {
            var amount = input.Value(@base).Amount;
            var total = 0m;
            var rates = tiers.AsSpan();
            for (var i = 0; i < rates.Length; i++)
            {
                var periods = Periods(rates[i], input.DaysLate, out _, out _);
                if (periods > 0)
                {
                    total += amount * _fractions[i] * periods;
                }
            }

            return new PenaltyResult(total, 0m, false, false);
        }

        public ValueList<PenaltyTraceLine> Explain(in PenaltyInput input)
        {
            var value = input.Value(@base);
            var lines = new List<PenaltyTraceLine>(tiers.Count);
            for (var i = 0; i < _fractions.Length; i++)
            {
                var t = tiers[i];
                var periods = Periods(t, input.DaysLate, out var last, out var days);
                if (periods > 0)
                {
                    var per = t.Per == PenaltyPeriod.Day ? "day" : "started week";
                    lines.Add(new PenaltyTraceLine($"days {t.FromDay}–{last}: {t.Rate} of the {@base} per {per} × {periods}", days, t.Rate, value, value.Amount * _fractions[i] * periods, 0m));
                }
            }

            return ValueList<PenaltyTraceLine>.From(lines);
        }

        // The periods a tier charges for the days late (0 when the delay does not reach it), the tier's last charged day
        // and its number of charged days.
        private static int Periods(PenaltyTier t, int daysLate, out int last, out int days)
        {
            last = t.ToDay is { } to ? Math.Min(to, daysLate) : daysLate;
            days = last - t.FromDay + 1;
            return days <= 0 ? 0 : t.Per == PenaltyPeriod.Day ? days : (days + 6) / 7;
        }
    }

    private sealed class Fixed(decimal perDay) : IDelayPenaltyPolicy
    {
        public PenaltyResult Assess(in PenaltyInput input) => new(perDay * input.DaysLate, 0m, false, false);

        public ValueList<PenaltyTraceLine> Explain(in PenaltyInput input) =>
            [new PenaltyTraceLine($"{F(perDay)} {input.ContractValue.Currency.Code} per day", input.DaysLate, null, null, perDay * input.DaysLate, 0m)];
    }

    private sealed class Summed(IDelayPenaltyPolicy[] parts) : IDelayPenaltyPolicy
    {
        public PenaltyResult Assess(in PenaltyInput input)
        {
            var amount = 0m;
            var points = 0m;
            var cap = false;
            var termination = false;
            foreach (var p in parts)
            {
                var r = p.Assess(input);
                amount += r.Amount;
                points += r.Points;
                cap |= r.CapReached;
                termination |= r.TerminationThresholdReached;
            }

            return new PenaltyResult(amount, points, cap, termination);
        }

        public ValueList<PenaltyTraceLine> Explain(in PenaltyInput input)
        {
            var lines = new List<PenaltyTraceLine>();
            foreach (var p in parts)
            {
                lines.AddRange(p.Explain(input));
            }

            return ValueList<PenaltyTraceLine>.From(lines);
        }
    }

    private sealed class Grace(IDelayPenaltyPolicy inner, int graceDays) : IDelayPenaltyPolicy
    {
        public PenaltyResult Assess(in PenaltyInput input) => inner.Assess(input.WithDays(Chargeable(input)));

        public ValueList<PenaltyTraceLine> Explain(in PenaltyInput input)
        {
            var chargeable = Chargeable(input);
            var trace = inner.Explain(input.WithDays(chargeable));
            if (graceDays == 0)
            {
                return trace;
            }

            var line = new PenaltyTraceLine($"grace period of {graceDays} day(s): {chargeable} of {input.DaysLate} day(s) chargeable", input.DaysLate - chargeable, null, null, 0m, 0m);
            return [line, .. trace];
        }

        private int Chargeable(in PenaltyInput input) => Math.Max(0, input.DaysLate - graceDays);
    }

    private sealed class Capped(IDelayPenaltyPolicy inner, Percentage? percent, decimal? absolute) : IDelayPenaltyPolicy
    {
        private readonly decimal? _fraction = percent?.Fraction;

        public PenaltyResult Assess(in PenaltyInput input)
        {
            var r = inner.Assess(input);
            var cap = Cap(input, _fraction, absolute);
            return r.Amount < cap ? r : new PenaltyResult(cap, r.Points, true, true);
        }

        public ValueList<PenaltyTraceLine> Explain(in PenaltyInput input)
        {
            var trace = inner.Explain(input);
            var cap = Cap(input, _fraction, absolute);
            if (inner.Assess(input).Amount < cap)
            {
                return trace;
            }

            var what = absolute is { } a && a == cap && (percent is null || a < input.ContractValue.Amount * percent.Value.Fraction)
                ? $"{F(a)} {input.ContractValue.Currency.Code}"
                : $"{percent} of the contract value {input.ContractValue}";
            return trace.Add(new PenaltyTraceLine($"capped at {what}: the termination threshold is reached", input.DaysLate, percent, input.ContractValue, cap, 0m));
        }

        private static decimal Cap(in PenaltyInput input, decimal? fraction, decimal? absolute)
        {
            var cap = decimal.MaxValue;
            if (fraction is { } f)
            {
                cap = input.ContractValue.Amount * f;
            }

            if (absolute is { } a && a < cap)
            {
                cap = a;
            }

            return cap;
        }
    }

    private sealed class Rounding(IDelayPenaltyPolicy inner, RoundingRule rule) : IDelayPenaltyPolicy
    {
        public PenaltyResult Assess(in PenaltyInput input)
        {
            var r = inner.Assess(input);
            return r with { Amount = rule.Apply(r.Amount, input.ContractValue.Currency).Amount };
        }

        public ValueList<PenaltyTraceLine> Explain(in PenaltyInput input) =>
            inner.Explain(input).Add(new PenaltyTraceLine($"rounded {rule}", input.DaysLate, null, null, Assess(input).Amount, 0m));
    }
}
