using System;
using OrderKernel.Primitives;

namespace OrderKernel.DelayPenalties;

/// <content>The standard penalty in exact integers.</content>
public static partial class DelayPenaltyPolicy
{
    /// <summary>
    /// The standard penalty (rate tiers, a fixed amount per day, a cap of a share of the contract and/or an amount, rounded
    /// to the minor unit) in 64-bit integers: every amount counted in units of 10^-(minor unit + rate decimals), so the sum,
    /// the cap and the rounding are exact integer steps instead of decimal calls.
    /// </summary>
    /// <remarks>
    /// It answers only where decimal arithmetic is exact as well: every value it forms stays below 2^64 (inside a decimal's
    /// 96-bit mantissa) at a scale of at most 19, so the decimal evaluation neither rounds nor overflows and both give the same
    /// amount. Anything else (a negative value or one not at the currency's scale, huge amounts, rates with many digits)
    /// returns <see langword="false"/> and the caller evaluates in decimals. Properties check the result against the
    /// documented composition of decimal policies for every currency scale, rate and size.
    /// </remarks>
    internal sealed class ExactPenalty
    {
        private const int MaxScale = 19; // 10^19 is the largest power of ten below 2^64

        private readonly ulong[] _tierRates;
        private readonly int[] _tierScales;
        private readonly ulong _capRate;
        private readonly int _capRateScale;
        private readonly bool _hasCapRate;
        private readonly ulong _capAmount;
        private readonly int _capAmountScale;
        private readonly bool _hasCapAmount;
        private readonly ulong _fixedPerDay;
        private readonly int _fixedScale;
        private readonly int _rateScale;
        private readonly ulong[]? _scaledTierRates; // each tier's rate at _rateScale, when that fits 64 bits
        private readonly ulong _scaledCapRate;
        private readonly bool _capRateScaled;
        private readonly MidpointRounding _mode;

        private ExactPenalty(ulong[] tierRates, int[] tierScales, (ulong, int)? capRate, (ulong, int)? capAmount, (ulong, int) fixedPerDay, MidpointRounding mode)
        {
            _tierRates = tierRates;
            _tierScales = tierScales;
            (_capRate, _capRateScale) = capRate ?? (0UL, 0);
            _hasCapRate = capRate is not null;
            (_capAmount, _capAmountScale) = capAmount ?? (0UL, 0);
            _hasCapAmount = capAmount is not null;
            (_fixedPerDay, _fixedScale) = fixedPerDay;
            _mode = mode;
            var scale = _capRateScale;
            foreach (var s in tierScales)
            {
                scale = Math.Max(scale, s);
            }

            _rateScale = scale;
            var scaled = new ulong[tierRates.Length];
            var all = true;
            for (var i = 0; i < scaled.Length; i++)
            {
                all &= scale - tierScales[i] <= MaxScale && TryMultiply(tierRates[i], DecimalBits.PowerOfTen(scale - tierScales[i]), out scaled[i]);
            }

            _scaledTierRates = all ? scaled : null;
            _capRateScaled = scale - _capRateScale <= MaxScale && TryMultiply(_capRate, DecimalBits.PowerOfTen(scale - _capRateScale), out _scaledCapRate);
        }

        /// <summary>Prepares the integer form of the options, or <see langword="null"/> when a rate or amount does not fit one.</summary>
        public static ExactPenalty? For(decimal[] tierFractions, decimal? capFraction, decimal? capAmount, decimal fixedPerDay, MidpointRounding mode)
        {
            var rates = new ulong[tierFractions.Length];
            var scales = new int[tierFractions.Length];
            for (var i = 0; i < tierFractions.Length; i++)
            {
                if (Split(tierFractions[i]) is not { } t)
                {
                    return null;
                }

                (rates[i], scales[i]) = t;
            }

            (ulong, int)? cap = null;
            if (capFraction is { } f)
            {
                if (Split(f) is not { } split)
                {
                    return null;
                }

                cap = split;
            }

            (ulong, int)? absolute = null;
            if (capAmount is { } a)
            {
                if (Split(a) is not { } split)
                {
                    return null;
                }

                absolute = split;
            }

            // A zero fixed amount adds nothing: its scale must not widen the common scale.
            var perDay = fixedPerDay == 0m ? (0UL, 0) : Split(fixedPerDay);
            return perDay is { } fixedSplit ? new ExactPenalty(rates, scales, cap, absolute, fixedSplit, mode) : null;
        }

        /// <summary>Assesses the amount, or returns <see langword="false"/> where only decimals can (see the remarks).</summary>
        /// <param name="input">The input.</param>
        /// <param name="value">The amount of the value the rates apply to (the input's base).</param>
        /// <param name="days">The chargeable days, grace removed.</param>
        /// <param name="tiers">The tiers, for their periods.</param>
        /// <param name="amount">The rounded amount, in the minor unit's scale.</param>
        /// <param name="capReached">Whether the cap applied.</param>
        /// <returns>Whether the integer evaluation answered.</returns>
        public bool TryAssess(in PenaltyInput input, decimal value, int days, PenaltyTier[] tiers, out decimal amount, out bool capReached)
        {
            amount = 0m;
            capReached = false;
            var minor = input.ContractValue.Currency.MinorUnits;
            // One common scale: the rates' decimals, and more if a fixed or capped amount has more decimals than the minor unit.
            var scale = Math.Max(_rateScale, Math.Max(_fixedScale - minor, _hasCapAmount ? _capAmountScale - minor : 0));
            if (minor + scale > MaxScale)
            {
                return false;
            }

            var total = 0UL;
            if (tiers.Length > 0)
            {
                if (!DecimalBits.TryUnits(value, minor, out var v))
                {
                    return false;
                }

                for (var i = 0; i < tiers.Length; i++)
                {
                    if (TieredRate.Periods(tiers[i], days) is not { } periods)
                    {
                        continue;
                    }

                    // value × rate × periods, each step checked against 64 bits.
                    if (!TryTierRate(i, scale, out var rate)
                        || !TryMultiply(v, rate, out var part)
                        || !TryMultiply(part, (ulong)periods.Periods, out part)
                        || !TryAdd(total, part, out total))
                    {
                        return false;
                    }
                }
            }

            if (_fixedPerDay > 0
                && !(TryMultiply(_fixedPerDay, DecimalBits.PowerOfTen(minor + scale - _fixedScale), out var perDay)
                     && TryMultiply(perDay, (ulong)days, out var fixedPart)
                     && TryAdd(total, fixedPart, out total)))
            {
                return false;
            }

            if (_hasCapRate || _hasCapAmount)
            {
                var cap = ulong.MaxValue;
                if (_hasCapRate
                    && !(DecimalBits.TryUnits(input.ContractValue.Amount, minor, out var contract)
                         && TryCapRate(scale, out var capRate)
                         && TryMultiply(contract, capRate, out cap)))
                {
                    return false;
                }

                if (_hasCapAmount)
                {
                    if (!TryMultiply(_capAmount, DecimalBits.PowerOfTen(minor + scale - _capAmountScale), out var absolute))
                    {
                        return false;
                    }

                    cap = Math.Min(cap, absolute);
                }

                if (total >= cap)
                {
                    total = cap;
                    capReached = true;
                }
            }

            var units = Round(total, DecimalBits.PowerOfTen(scale), _mode);
            amount = new decimal(unchecked((int)(uint)units), unchecked((int)(uint)(units >> 32)), 0, false, (byte)minor);
            return true;
        }

        // A tier's rate in units of 10^-scale: prepared for the usual scale (the rates' own), computed for a wider one.
        private bool TryTierRate(int tier, int scale, out ulong rate)
        {
            if (scale == _rateScale && _scaledTierRates is { } rates)
            {
                rate = rates[tier];
                return true;
            }

            return TryMultiply(_tierRates[tier], DecimalBits.PowerOfTen(scale - _tierScales[tier]), out rate);
        }

        private bool TryCapRate(int scale, out ulong rate)
        {
            if (scale == _rateScale && _capRateScaled)
            {
                rate = _scaledCapRate;
                return true;
            }

            return TryMultiply(_capRate, DecimalBits.PowerOfTen(scale - _capRateScale), out rate);
        }

        /// <summary>A non-negative decimal as mantissa and scale, when the mantissa fits 64 bits.</summary>
        private static (ulong Mantissa, int Scale)? Split(decimal value) =>
            DecimalBits.TryUnits(value, value.Scale, out var units) ? (units, value.Scale) : null;

        /// <summary>Rounds <paramref name="value"/> / <paramref name="divisor"/> to an integer with a midpoint mode (both non-negative).</summary>
        internal static ulong Round(ulong value, ulong divisor, MidpointRounding mode)
        {
            var (q, r) = Math.DivRem(value, divisor);
            if (r == 0)
            {
                return q;
            }

            // Compare the remainder with half the divisor without doubling it (r < divisor, so divisor - r is exact).
            var aboveHalf = r > divisor - r;
            var atHalf = r == divisor - r;
            var up = mode switch
            {
                MidpointRounding.ToZero or MidpointRounding.ToNegativeInfinity => false,
                MidpointRounding.ToPositiveInfinity => true,
                MidpointRounding.AwayFromZero => aboveHalf || atHalf,
                _ => aboveHalf || (atHalf && (q & 1) == 1), // ToEven: the options admit no mode other than these five
            };
            return up ? q + 1 : q; // q < value: no overflow
        }

        internal static bool TryMultiply(ulong a, ulong b, out ulong product) => Math.BigMul(a, b, out product) == 0;

        internal static bool TryAdd(ulong a, ulong b, out ulong sum)
        {
            sum = unchecked(a + b);
            return sum >= a;
        }
    }
}
