using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>What a delay penalty is a percentage of.</summary>
public enum PenaltyBase
{
    /// <summary>The contract value.</summary>
    ContractValue,

    /// <summary>The value of the delayed part.</summary>
    DelayedValue,

    /// <summary>The value not yet delivered.</summary>
    UndeliveredValue,
}

/// <summary>The period a penalty rate applies to.</summary>
public enum PenaltyPeriod
{
    /// <summary>Per day late.</summary>
    Day,

    /// <summary>Per started week late.</summary>
    Week,
}

/// <summary>
/// The inputs of a penalty assessment: days late after excusable days, the values a rate may apply to, and the number of
/// responsible parties. A <see langword="readonly"/> struct: evaluating a policy allocates nothing for its arguments.
/// </summary>
public readonly struct PenaltyInput
{
    /// <summary>Creates penalty inputs.</summary>
    /// <param name="daysLate">Chargeable days late (excusable days already removed); not negative.</param>
    /// <param name="contractValue">The contract value.</param>
    /// <param name="delayedValue">The value of the delayed part.</param>
    /// <param name="undeliveredValue">The value not yet delivered.</param>
    /// <param name="responsibleParties">The number of responsible parties (manufacturers) for points (R39).</param>
    public PenaltyInput(int daysLate, Money contractValue, Money delayedValue, Money undeliveredValue, int responsibleParties)
    {
        // Plain checks: this constructor runs on every assessment, and the generic guard boxes its argument.
        if (daysLate < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(daysLate), daysLate, "Days late cannot be negative.");
        }

        if (responsibleParties < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(responsibleParties), responsibleParties, "The number of responsible parties cannot be negative.");
        }

        DaysLate = daysLate;
        ContractValue = contractValue;
        DelayedValue = delayedValue;
        UndeliveredValue = undeliveredValue;
        ResponsibleParties = responsibleParties;
    }

    /// <summary>Gets the chargeable days late.</summary>
    public int DaysLate { get; }

    /// <summary>Gets the contract value.</summary>
    public Money ContractValue { get; }

    /// <summary>Gets the value of the delayed part.</summary>
    public Money DelayedValue { get; }

    /// <summary>Gets the value not yet delivered.</summary>
    public Money UndeliveredValue { get; }

    /// <summary>Gets the number of responsible parties.</summary>
    public int ResponsibleParties { get; }

    /// <summary>Gets the value a base names.</summary>
    /// <param name="base">The base.</param>
    /// <returns>The value.</returns>
    public Money Value(PenaltyBase @base) => @base switch
    {
        PenaltyBase.ContractValue => ContractValue,
        PenaltyBase.DelayedValue => DelayedValue,
        PenaltyBase.UndeliveredValue => UndeliveredValue,
        _ => throw new ArgumentOutOfRangeException(nameof(@base), @base, "Unknown penalty base."),
    };

    internal PenaltyInput WithDays(int days) => new(days, ContractValue, DelayedValue, UndeliveredValue, ResponsibleParties);
}

/// <summary>One line of a penalty's calculation trace.</summary>
/// <param name="Step">What the line computes (a tier, a rate, the grace period, the cap, the rounding).</param>
/// <param name="Days">The days it covers.</param>
/// <param name="Rate">The rate, if a percentage.</param>
/// <param name="Base">The base amount, if any.</param>
/// <param name="Amount">The exact amount it contributes (before rounding), or the running total for the cap and rounding lines.</param>
/// <param name="Points">The assessment points it contributes.</param>
public sealed record PenaltyTraceLine(string Step, int Days, Percentage? Rate, Money? Base, decimal Amount, decimal Points);

/// <summary>The result of a penalty policy: the amount, the points, and whether the cap was reached.</summary>
/// <remarks>
/// A value type, so that assessing allocates nothing; the line-by-line calculation comes from
/// <see cref="IDelayPenaltyPolicy.Explain"/> when it is wanted (the kernel records it in every <see cref="DelayAssessment"/>).
/// </remarks>
/// <param name="Amount">The penalty, rounded as the policy says (exact while only partial policies have run).</param>
/// <param name="Points">Assessment points per responsible party (R39).</param>
/// <param name="CapReached">Whether the cap limited the amount.</param>
/// <param name="TerminationThresholdReached">Whether the cap is reached, the signal FIDIC-style contracts use for termination rights.</param>
public readonly record struct PenaltyResult(decimal Amount, decimal Points, bool CapReached, bool TerminationThresholdReached);

/// <summary>
/// A delay penalty policy (R39–R40): from chargeable days late and values to an amount, points and a trace.
/// Policies compose: see <see cref="DelayPenaltyPolicy"/> for rates, tiers, grace periods, caps and rounding.
/// </summary>
public interface IDelayPenaltyPolicy
{
    /// <summary>Assesses a delay: the amount and points, without building the explanation (allocation-free by default).</summary>
    /// <param name="input">Days late and values.</param>
    /// <returns>The result.</returns>
    PenaltyResult Assess(in PenaltyInput input);

    /// <summary>Explains <see cref="Assess"/> for the same input, line by line, as recorded in a <see cref="DelayAssessment"/>.</summary>
    /// <param name="input">Days late and values.</param>
    /// <returns>The calculation's lines, in order.</returns>
    ValueList<PenaltyTraceLine> Explain(in PenaltyInput input);
}

/// <summary>A tier of a tiered rate: days <see cref="FromDay"/> to <see cref="ToDay"/> (1-based, inclusive) at a rate per period.</summary>
/// <param name="FromDay">The first day of the tier, from 1.</param>
/// <param name="ToDay">The last day, or <see langword="null"/> for no end.</param>
/// <param name="Rate">The rate.</param>
/// <param name="Per">Per day or per started week.</param>
public sealed record PenaltyTier(int FromDay, int? ToDay, Percentage Rate, PenaltyPeriod Per);

/// <summary>Options of the standard penalty composition built by <see cref="DelayPenaltyPolicy.Create(DelayPenaltyPolicyOptions)"/>.</summary>
public sealed record DelayPenaltyPolicyOptions
{
    /// <summary>Gets the days late that carry no penalty; default 0.</summary>
    public int GraceDays { get; init; }

    /// <summary>Gets the rate tiers; default 0.5 % per day from day 1.</summary>
    public ValueList<PenaltyTier> Tiers { get; init; } = ValueList<PenaltyTier>.Of(new PenaltyTier(1, null, Percentage.Of(0.5m), PenaltyPeriod.Day));

    /// <summary>Gets what the rates apply to; default the contract value.</summary>
    public PenaltyBase Base { get; init; } = PenaltyBase.ContractValue;

    /// <summary>Gets a fixed amount per day late, if any (in the contract's currency); default none.</summary>
    public decimal FixedPerDay { get; init; }

    /// <summary>Gets the cap as a percentage of the contract value; default 10 %.</summary>
    public Percentage? CapPercentOfContract { get; init; } = Percentage.Of(10m);

    /// <summary>Gets the cap as an absolute amount in the contract's currency, if any; the lower cap applies.</summary>
    public decimal? CapAmount { get; init; }

    /// <summary>Gets the assessment points per day late per responsible party (R39); default 1.</summary>
    public decimal PointsPerDayPerParty { get; init; } = 1m;

    /// <summary>Gets the midpoint rounding of the final amount, to the currency's minor unit; default away from zero.</summary>
    public MidpointRounding Rounding { get; init; } = MidpointRounding.AwayFromZero;
}

/// <summary>Creates and composes delay penalty policies.</summary>
public static class DelayPenaltyPolicy
{
    /// <summary>Gets the default: 1 point per day per responsible party (R39); 0.5 % of the contract value per day, capped at 10 %, rounded half away from zero.</summary>
    public static IDelayPenaltyPolicy Default { get; } = Create(new DelayPenaltyPolicyOptions());

    /// <summary>Builds the standard composition from options: points + tiers + fixed amount, after grace, capped, rounded.</summary>
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

        var parts = new List<IDelayPenaltyPolicy> { PointsPerDay(options.PointsPerDayPerParty) };
        if (!options.Tiers.IsEmpty)
        {
            parts.Add(Tiered(options.Tiers, options.Base));
        }

        if (options.FixedPerDay > 0m)
        {
            parts.Add(FixedPerDay(options.FixedPerDay));
        }

        IDelayPenaltyPolicy policy = Sum([.. parts]);
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
        public PenaltyResult Assess(in PenaltyInput input)
        {
            var value = input.Value(@base);
            var total = 0m;
            foreach (var t in tiers)
            {
                if (Periods(t, input.DaysLate) is { } p)
                {
                    total += value.Amount * t.Rate.Fraction * p.Periods;
                }
            }

            return new PenaltyResult(total, 0m, false, false);
        }

        public ValueList<PenaltyTraceLine> Explain(in PenaltyInput input)
        {
            var value = input.Value(@base);
            var lines = new List<PenaltyTraceLine>(tiers.Count);
            foreach (var t in tiers)
            {
                if (Periods(t, input.DaysLate) is { } p)
                {
                    var per = t.Per == PenaltyPeriod.Day ? "day" : "started week";
                    lines.Add(new PenaltyTraceLine($"days {t.FromDay}–{p.Last}: {t.Rate} of the {@base} per {per} × {p.Periods}", p.Days, t.Rate, value, value.Amount * t.Rate.Fraction * p.Periods, 0m));
                }
            }

            return ValueList<PenaltyTraceLine>.From(lines);
        }

        private static (int Last, int Days, int Periods)? Periods(PenaltyTier t, int daysLate)
        {
            var last = t.ToDay is { } to ? Math.Min(to, daysLate) : daysLate;
            var days = last - t.FromDay + 1;
            return days <= 0 ? null : (last, days, t.Per == PenaltyPeriod.Day ? days : (days + 6) / 7);
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
