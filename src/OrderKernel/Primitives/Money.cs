using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace OrderKernel.Primitives;

/// <summary>
/// An amount of money in one currency, always a whole number of the currency's minor units.
/// </summary>
/// <remarks>
/// <para>
/// Money is exact to the minor unit: <see cref="Of(decimal, Currency)"/> refuses an amount with more decimals
/// than the currency has (use <see cref="RoundingRule.Apply(decimal, Currency)"/> to round explicitly), and the
/// amount always carries the currency's scale (<c>170000</c> USD is held as <c>170000.00</c>).
/// Arithmetic across currencies throws <see cref="InvalidOperationException"/>: commands reject mixed currencies
/// before any arithmetic happens, so reaching it is a programmer error.
/// </para>
/// <para><c>default(Money)</c> is not a valid value: its <see cref="Currency"/> throws. Create money with the factories.</para>
/// </remarks>
/// <example>
/// <code>
/// var total = Money.Of(85.00m, Currency.USD) * 2000;               // 170,000.00 USD
/// var parts = total.Allocate([30m, 70m]);                            // 51,000.00 and 119,000.00
/// var penalty = RoundingRule.Default.Apply(total.Amount * 0.005m, Currency.USD);
/// </code>
/// </example>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    private readonly Currency? _currency;

    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        _currency = currency;
    }

    /// <summary>Gets the amount, with exactly the currency's number of decimal places.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>.</exception>
    public Currency Currency => _currency ?? throw new InvalidOperationException("default(Money) has no currency; create money with Money.Of.");

    /// <summary>Gets the amount in minor units (cents for USD).</summary>
    // Stryker disable once all : equivalent: the fallback computes the same minor units, only slower.
    public long MinorUnits => DecimalBits.MinorUnits(Amount, Currency.MinorUnits) ?? decimal.ToInt64(Amount * Pow10(Currency.MinorUnits));

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Gets a value indicating whether this is <c>default(Money)</c>, which no factory returns.</summary>
    internal bool IsDefault => _currency is null;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Gets a value indicating whether the amount is above zero.</summary>
    public bool IsPositive => Amount > 0m;

    /// <summary>Creates money from an amount that is a whole number of the currency's minor units.</summary>
    /// <param name="amount">The amount; at most <see cref="Currency.MinorUnits"/> decimal places.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentException">The amount has more decimal places than the currency allows.</exception>
    public static Money Of(decimal amount, Currency currency)
    {
        Guard.Against.Null(currency);
        if (!TryNormalize(amount, currency, out var normalized))
        {
            ThrowTooPrecise(amount, currency);
        }

        return new Money(normalized, currency);
    }

    /// <summary>Creates money without throwing when the amount has too many decimal places.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="money">The money, when the amount fits the currency's minor unit.</param>
    /// <returns><see langword="true"/> when the amount fits.</returns>
    public static bool TryOf(decimal amount, Currency currency, out Money money)
    {
        Guard.Against.Null(currency);
        if (TryNormalize(amount, currency, out var normalized))
        {
            money = new Money(normalized, currency);
            return true;
        }

        money = default;
        return false;
    }

    /// <summary>Gets zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero.</returns>
    public static Money Zero(Currency currency) => new(new decimal(0, 0, 0, false, Guard.Against.Null(currency).Scale), currency);

    /// <summary>Creates money from a number of minor units.</summary>
    /// <param name="minorUnits">The number of minor units (cents for USD).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        Guard.Against.Null(currency);

        // The minor units are the mantissa and the currency's minor unit the scale: no division needed.
        // Stryker disable once all : equivalent: zero has no sign.
        var magnitude = minorUnits < 0 ? unchecked(0UL - (ulong)minorUnits) : (ulong)minorUnits;
        // Stryker disable once all : equivalent: zero has no sign; the magnitude is unsigned, so >> and >>> agree.
        return new Money(new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, minorUnits < 0, currency.Scale), currency);
    }

    /// <summary>Adds money of the same currency.</summary>
    /// <param name="other">The money to add.</param>
    /// <returns>The sum.</returns>
    public Money Add(Money other) => new(Amount + SameCurrency(other).Amount, Currency);

    /// <summary>Subtracts money of the same currency.</summary>
    /// <param name="other">The money to subtract.</param>
    /// <returns>The difference.</returns>
    public Money Subtract(Money other) => new(Amount - SameCurrency(other).Amount, Currency);

    /// <summary>Negates the amount.</summary>
    /// <returns>The negated money.</returns>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>Multiplies by an integer count (exact, no rounding needed).</summary>
    /// <param name="count">The count.</param>
    /// <returns>The product.</returns>
    public Money Times(long count) => new(Amount * count, Currency);

    /// <summary>Multiplies by a decimal factor and rounds under an explicit rule.</summary>
    /// <param name="factor">The factor, e.g. a quantity of 9,600.5 metres.</param>
    /// <param name="rounding">The rounding rule.</param>
    /// <returns>The rounded product.</returns>
    public Money Multiply(decimal factor, RoundingRule rounding)
    {
        Guard.Against.Null(rounding);
        return rounding.Apply(Amount * factor, Currency);
    }

    /// <summary>Returns the larger of two amounts of the same currency.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The larger one.</returns>
    // Stryker disable once all : equivalent: on a tie both arguments are the same normalised value.
    public static Money Max(Money a, Money b) => a.CompareTo(b) >= 0 ? a : b;

    /// <summary>Returns the smaller of two amounts of the same currency.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The smaller one.</returns>
    // Stryker disable once all : equivalent: on a tie both arguments are the same normalised value.
    public static Money Min(Money a, Money b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>
    /// Splits this amount into parts proportional to <paramref name="weights"/> that always sum exactly to it.
    /// </summary>
    /// <remarks>
    /// Largest-remainder allocation in minor units: each part first gets the floor of its exact share; the minor units
    /// left over go one each to the parts with the largest fractional remainders, ties to the lower index. Every part
    /// therefore lies between the floor and the ceiling of its exact share, and a smaller weight never gets more.
    /// A negative amount is split as its absolute value and negated (sign symmetry).
    /// </remarks>
    /// <param name="weights">Non-negative weights (ratios or percentages) with a positive sum.</param>
    /// <returns>The parts, in the order of the weights.</returns>
    /// <exception cref="ArgumentException">A weight is negative, or all weights are zero.</exception>
    public ValueList<Money> Allocate(ReadOnlySpan<decimal> weights)
    {
        if (weights.IsEmpty)
        {
            throw new ArgumentException("At least one weight is required.", nameof(weights));
        }

        var sum = 0m;
        foreach (var w in weights)
        {
            if (w < 0m)
            {
                throw new ArgumentException("Weights must not be negative.", nameof(weights));
            }

            sum += w;
        }

        if (sum == 0m)
        {
            throw new ArgumentException("The weights must not all be zero.", nameof(weights));
        }

        var currency = Currency;
        // Stryker disable once all : equivalent: stack or heap scratch space gives the same split.
        Span<long> units = weights.Length <= 32 ? stackalloc long[weights.Length] : new long[weights.Length];
        var sign = AllocateUnits(weights, sum, units);
        var parts = new Money[weights.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = FromMinorUnits(sign * units[i], currency);
        }

        return ValueList<Money>.Own(parts);
    }

    /// <summary>
    /// Splits the absolute amount in minor units by <paramref name="weights"/> (largest remainder) into
    /// <paramref name="units"/>; returns the sign to apply. Exact; allocation-free for whole-number weights (percentages).
    /// </summary>
    internal long AllocateUnits(ReadOnlySpan<decimal> weights, decimal sum, Span<long> units)
    {
        var total = MinorUnits;
        // Stryker disable once all : equivalent: zero has no sign.
        var sign = total < 0 ? -1L : 1L;
        var absolute = Math.Abs(total);
        if (!TryAllocateWhole(absolute, weights, sum, units))
        {
            AllocateExactly(absolute, weights, units);
        }

        return sign;
    }

    /// <summary>The magnitude in minor units below which whole-number splits run in <see cref="long"/> arithmetic without overflow.</summary>
    internal const long WholeAllocationLimit = 1L << 40;

    /// <summary>
    /// The same largest-remainder split in integer arithmetic when every weight is a whole number (percentages such as
    /// 30/70) and the products fit: remainders compare as <c>absolute × weight mod sum</c>, exactly as the decimal path
    /// compares <c>(absolute × weight / sum) − floor</c>, ties going to the first.
    /// </summary>
    private static bool TryAllocateWhole(long absolute, ReadOnlySpan<decimal> weights, decimal sum, Span<long> units)
    {
        if (weights.Length > 32 || absolute >= WholeAllocationLimit || sum >= 1_000_000m || decimal.Truncate(sum) != sum)
        {
            return false;
        }

        Span<long> remainders = stackalloc long[weights.Length];
        var whole = (long)sum;
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var w = weights[i];
            if (decimal.Truncate(w) != w)
            {
                return false;
            }

            var product = absolute * (long)w;
            units[i] = product / whole;
            remainders[i] = product % whole;
            given += units[i];
        }

        for (var left = absolute - given; left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < remainders.Length; i++)
            {
                // Stryker disable once all : equivalent: a zero remainder is never needed, the minor units left never exceed the positive remainders.
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best]))
                {
                    best = i;
                }
            }

            units[best]++;
            // Stryker disable once all : equivalent: integer remainders of a needed part are at least 1, so a used part never wins again.
            remainders[best] = -1;
        }

        // Stryker disable once all : equivalent: the exact path gives the same split.
        return true;
    }

    /// <summary>
    /// The general case in exact integer arithmetic: weights become integers over a common power of ten, so remainders
    /// compare exactly (a decimal quotient rounded to 28 digits can order two equal remainders wrongly).
    /// </summary>
    private static void AllocateExactly(long absolute, ReadOnlySpan<decimal> weights, Span<long> units)
    {
        var maxScale = 0;
        foreach (var w in weights)
        {
            maxScale = Math.Max(maxScale, w.Scale);
        }

        var scaled = new BigInteger[weights.Length];
        var sum = BigInteger.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            var bits = decimal.GetBits(weights[i]);
            var mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | new BigInteger(unchecked((uint)bits[0]));
            scaled[i] = mantissa * BigInteger.Pow(10, maxScale - weights[i].Scale);
            sum += scaled[i];
        }

        var remainders = new BigInteger[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var quotient = BigInteger.DivRem(absolute * scaled[i], sum, out remainders[i]);
            units[i] = (long)quotient;
            given += units[i];
        }

        // The units left (fewer than the parts) go one each to the largest remainders, ties to the earlier part: one sort
        // of the positions by (remainder descending, position ascending) instead of a search per unit (n log n, not n²).
        var left = (int)(absolute - given);
        if (left == 0)
        {
            return;
        }

        var order = new int[remainders.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        for (var k = 0; k < left; k++)
        {
            units[order[k]]++;
        }
    }

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount && Equals(_currency, other._currency);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, _currency);

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other) => DecimalBits.Compare(Amount, SameCurrency(other).Amount);

    /// <summary>Formats as <c>170000.00 USD</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        _currency is null ? "(no money)" : Amount.ToString("N" + _currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + _currency.Code;

    /// <summary>Adds money of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Subtracts money of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The difference.</returns>
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <summary>Negates money.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Multiplies by a count.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="count">The count.</param>
    /// <returns>The product.</returns>
    public static Money operator *(Money left, long count) => left.Times(count);

    /// <summary>Compares for equality (amount and currency).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    // The common case, both amounts holding the same Currency instance, is one inlined reference test; the rest (equal
    // codes in two instances, a mismatch, default money) is decided out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Money SameCurrency(Money other) =>
        _currency is not null && ReferenceEquals(_currency, other._currency) ? other : SameCurrencySlow(other);

    // Stryker disable once Conditional : equivalent: currencies are one instance per code, so equal codes in two instances never reach here.
    private Money SameCurrencySlow(Money other) =>
        Currency.Equals(other.Currency)
            ? other
            : throw new InvalidOperationException($"Cannot combine {Currency.Code} with {other.Currency.Code}: arithmetic across currencies is refused.");

    private static bool TryNormalize(decimal amount, Currency currency, out decimal normalized)
    {
        if (amount.Scale == currency.MinorUnits)
        {
            // Already exactly the currency's scale (every amount the kernel computes): nothing to check or rescale.
            normalized = amount;
            return true;
        }

        // Stryker disable once all : equivalent: an equal scale already returned above.
        if (amount.Scale < currency.MinorUnits)
        {
            // Fewer decimals than the minor unit (170000 for USD): adding a zero of the currency's scale only raises the scale.
            // Stryker disable once all : equivalent: adding or subtracting a zero only sets the scale.
            normalized = DecimalBits.TryRaiseScale(amount, currency.MinorUnits, out var raised) ? raised : amount + ScaleZero(currency.MinorUnits);
            return true;
        }

        return TryNormalizeFiner(amount, currency, out normalized);
    }

    // More decimals than the minor unit: exact only when the extra ones are zeros. Out of line, so that Money.Of stays
    // small where it is inlined.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryNormalizeFiner(decimal amount, Currency currency, out decimal normalized)
    {
        var truncated = decimal.Round(amount, currency.MinorUnits, MidpointRounding.ToZero);
        if (truncated != amount)
        {
            normalized = 0m;
            return false;
        }

        // Give the amount exactly the currency's scale: 170000 → 170000.00; 5.000 JPY → 5.
        // Stryker disable once all : equivalent: adding or subtracting a zero only sets the scale.
        normalized = decimal.Round(truncated + ScaleZero(currency.MinorUnits), currency.MinorUnits, MidpointRounding.ToZero);
        return true;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTooPrecise(decimal amount, Currency currency) =>
        throw new ArgumentException($"{amount.ToString(CultureInfo.InvariantCulture)} has more decimal places than {currency.Code} allows ({currency.MinorUnits}); round it explicitly with a RoundingRule.", nameof(amount));

    /// <summary>A zero with <paramref name="minorUnits"/> decimals (0.00 for 2): adding it raises a decimal's scale exactly.</summary>
    // Stryker disable once all : equivalent: a negative zero sets the same scale.
    private static decimal ScaleZero(int minorUnits) => new(0, 0, 0, false, (byte)minorUnits);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}

/// <summary>Exact shortcuts on a decimal's representation (mantissa and scale), avoiding general decimal division.</summary>
internal static class DecimalBits
{
    /// <summary>The mantissa as minor units when <paramref name="value"/> has exactly <paramref name="scale"/> decimals and fits a long.</summary>
    public static long? MinorUnits(decimal value, int scale)
    {
        // Read from the decimal's bits (see ShiftRight for the layout): flags without the sign must be the bare scale,
        // the high 32 bits zero, and the low 64 bits must fit a long.
        var flags = Unsafe.As<decimal, int>(ref value);
        var magnitude = Unsafe.Add(ref Unsafe.As<decimal, ulong>(ref value), 1);
        // Stryker disable once all : equivalent: the caller falls back to exact decimal arithmetic.
        if ((flags & int.MaxValue) != scale << 16 || Unsafe.Add(ref Unsafe.As<decimal, uint>(ref value), 1) != 0 || magnitude > long.MaxValue)
        {
            return null;
        }

        // Stryker disable once all : equivalent: zero has no sign.
        return flags < 0 ? -(long)magnitude : (long)magnitude;
    }

    /// <summary>
    /// <paramref name="value"/> with <paramref name="scale"/> decimals (more than it has), the same number: the mantissa times
    /// a power of ten, when that fits 64 bits and the value is not zero. The same result as adding a zero of that scale.
    /// </summary>
    public static bool TryRaiseScale(decimal value, int scale, out decimal raised)
    {
        var flags = Unsafe.As<decimal, int>(ref value);
        var mantissa = Unsafe.Add(ref Unsafe.As<decimal, ulong>(ref value), 1);
        var places = scale - ((flags >> 16) & 0xFF);
        // Stryker disable once all : equivalent: the caller's decimal addition gives the same number and scale.
        if (places is <= 0 or > 19 || mantissa == 0 || Unsafe.Add(ref Unsafe.As<decimal, uint>(ref value), 1) != 0
            || Math.BigMul(mantissa, PowerOfTen(places), out var product) != 0)
        {
            raised = 0m;
            return false;
        }

        raised = new decimal(unchecked((int)(uint)product), unchecked((int)(uint)(product >> 32)), 0, flags < 0, (byte)scale);
        return true;
    }

    /// <summary>10^<paramref name="places"/> as an integer, for 0 to 19 places (10^19 is the largest below 2^64).</summary>
    public static ulong PowerOfTen(int places) => PowersOfTen[places];

    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    /// <summary>
    /// The mantissa of a non-negative <paramref name="value"/> that has exactly <paramref name="scale"/> decimals and fits
    /// 64 bits (the minor units of an amount at its currency's scale), read from the decimal's bits without a call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryUnits(decimal value, int scale, out ulong units)
    {
        // Flags equal to the bare scale: not negative and exactly that scale; then the high 32 bits must be zero.
        units = Unsafe.Add(ref Unsafe.As<decimal, ulong>(ref value), 1);
        return Unsafe.As<decimal, int>(ref value) == scale << 16 && Unsafe.Add(ref Unsafe.As<decimal, uint>(ref value), 1) == 0;
    }

    /// <summary>Compares two decimals: the same answer as <see cref="decimal.Compare"/>, without its call when both have the same scale.</summary>
    /// <remarks>
    /// Amounts of one currency always have its scale (<see cref="Money.Of"/> normalizes them), so comparing money is comparing
    /// the 96-bit magnitudes and signs; other scales, and zeros of either sign, go to <see cref="decimal.Compare"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(decimal left, decimal right)
    {
        // Layout as in ShiftRight: flags (sign bit 31, scale bits 16-23), then the high 32 and low 64 bits of the magnitude.
        var lf = Unsafe.As<decimal, int>(ref left);
        var rf = Unsafe.As<decimal, int>(ref right);
        if (lf != rf)
        {
            return decimal.Compare(left, right); // another scale or sign: rare for money, exact either way
        }

        var lh = Unsafe.Add(ref Unsafe.As<decimal, uint>(ref left), 1);
        var rh = Unsafe.Add(ref Unsafe.As<decimal, uint>(ref right), 1);
        var ll = Unsafe.Add(ref Unsafe.As<decimal, ulong>(ref left), 1);
        var rl = Unsafe.Add(ref Unsafe.As<decimal, ulong>(ref right), 1);
        // Stryker disable once Equality : equivalent: the high words differ here, so < and <= agree.
        var magnitude = lh != rh ? (lh < rh ? -1 : 1) : ll == rl ? 0 : ll < rl ? -1 : 1;
        return lf < 0 ? -magnitude : magnitude; // both negative: the larger magnitude is the smaller number
    }

    /// <summary><paramref name="value"/> divided by 10^<paramref name="places"/>, exactly, by raising its scale when it can.</summary>
    public static decimal ShiftRight(decimal value, int places)
    {
        if (value.Scale + places > 28)
        {
            return value / (decimal)Math.Pow(10, places);
        }

        // A decimal is laid out as flags, high 32 bits, low 64 bits (the OLE DECIMAL layout .NET keeps for interop), the
        // scale in bits 16–23 of the flags: raising the scale divides by a power of ten exactly, without unpacking the
        // bits. The sign bit is kept for negative values and cleared otherwise, so a negative zero comes out positive.
        var result = value;
        ref var flags = ref Unsafe.As<decimal, int>(ref result);
        // Stryker disable once all : equivalent: zero has no sign.
        flags = (flags + (places << 16)) & (value < 0m ? -1 : int.MaxValue);
        return result;
    }
}
