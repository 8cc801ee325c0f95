using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Ardalis.GuardClauses;

namespace OrderKernel;

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
    // The most parts whose scratch space lives on the stack while allocating (payment terms have at most 120 installments).
    private const int StackParts = KernelLimits.MaxInstallments;

    // 10^0 to 10^28 as exact integers (10^28 < 2^94): the factors that bring a weight to the common scale.
    private static readonly UInt128[] PowersOfTen = BuildPowersOfTen();

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
    public Currency Currency => _currency ?? NoCurrency();

    /// <summary>Gets the amount in minor units (cents for USD).</summary>
    /// <exception cref="OverflowException">The minor units do not fit a <see cref="long"/>.</exception>
    public long MinorUnits => decimal.ToInt64(Amount * Currency.MinorUnitsPerUnit);

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
    public static Money Zero(Currency currency) => new(Guard.Against.Null(currency).ZeroAmount, currency);

    /// <summary>Creates money from a number of minor units.</summary>
    /// <param name="minorUnits">The number of minor units (cents for USD).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        Guard.Against.Null(currency);

        // Times one minor unit (0.01 for USD): exact, and the product has exactly the currency's scale.
        return new Money(minorUnits * currency.MinorUnit, currency);
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
    public static Money Max(Money a, Money b) => new(Math.Max(a.Amount, a.SameCurrency(b).Amount), a.Currency);

    /// <summary>Returns the smaller of two amounts of the same currency.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <returns>The smaller one.</returns>
    public static Money Min(Money a, Money b) => new(Math.Min(a.Amount, a.SameCurrency(b).Amount), a.Currency);

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
        var units = new long[weights.Length];
        AllocateUnits(weights, units);
        var parts = new Money[units.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = FromMinorUnits(units[i], Currency);
        }

        return ValueList<Money>.Own(parts);
    }

    /// <summary>The part at <paramref name="index"/> of <see cref="Allocate"/>, without building the other parts.</summary>
    /// <param name="weights">The weights, as for <see cref="Allocate"/>.</param>
    /// <param name="index">The part's position, within the weights.</param>
    /// <returns><c>Allocate(weights)[index]</c>.</returns>
    internal Money AllocatedPart(ReadOnlySpan<decimal> weights, int index)
    {
        Span<long> units = weights.Length <= StackParts ? stackalloc long[weights.Length] : new long[weights.Length];
        AllocateUnits(weights, units);
        return FromMinorUnits(units[index], Currency);
    }

    /// <summary>
    /// The largest-remainder split of this amount's minor units, into <paramref name="units"/> (one per weight, signed as
    /// the amount), in exact integer arithmetic: the weights become integers over a common power of ten, so remainders
    /// compare exactly (a decimal quotient rounded to 28 digits can order two equal remainders wrongly).
    /// </summary>
    private void AllocateUnits(ReadOnlySpan<decimal> weights, Span<long> units)
    {
        var (maxScale, weightBits) = MeasureWeights(weights);

        // A negative amount is split as its absolute value and negated (sign symmetry).
        var absolute = Math.Abs(MinorUnits);

        // The integer width, from the input sizes. Every scaled weight is below 2^weightBits, so the sum of the n scaled
        // weights is below 2^(weightBits + bits(n)), and a product of the amount and a scaled weight below
        // 2^(weightBits + bits(amount)). When the larger of the two bounds is at most 64 bits every intermediate fits a
        // ulong, at most 128 a UInt128; wider inputs (weights with long mantissas at different scales, such as unrounded
        // line amounts) take BigInteger. Same algorithm, same results.
        var n = weights.Length;
        var width = weightBits + Math.Max(BitLength((ulong)absolute), BitLength((ulong)n));
        if (width <= 64)
        {
            Span<ulong> scaled = n <= StackParts ? stackalloc ulong[n] : new ulong[n];
            Span<ulong> remainders = n <= StackParts ? stackalloc ulong[n] : new ulong[n];
            LargestRemainder(weights, maxScale, (ulong)absolute, scaled, remainders, units);
        }
        else if (width <= 128)
        {
            Span<UInt128> scaled = n <= StackParts ? stackalloc UInt128[n] : new UInt128[n];
            Span<UInt128> remainders = n <= StackParts ? stackalloc UInt128[n] : new UInt128[n];
            LargestRemainder(weights, maxScale, (UInt128)absolute, scaled, remainders, units);
        }
        else
        {
            LargestRemainder(weights, maxScale, (BigInteger)absolute, new BigInteger[n], new BigInteger[n], units);
        }

        if (IsNegative)
        {
            Negate(units);
        }
    }

    /// <summary>
    /// Validates the weights and measures them: their common (largest) scale, and a number of bits every weight scaled
    /// to it fits in (its mantissa, times at most 10^(largest scale - smallest scale)).
    /// </summary>
    private static (int Scale, int Bits) MeasureWeights(ReadOnlySpan<decimal> weights)
    {
        if (weights.IsEmpty)
        {
            throw new ArgumentException("At least one weight is required.", nameof(weights));
        }

        var maxScale = 0;
        var minScale = int.MaxValue;
        var mantissaBits = 0;
        foreach (var w in weights)
        {
            if (w < 0m)
            {
                throw new ArgumentException("Weights must not be negative.", nameof(weights));
            }

            maxScale = Math.Max(maxScale, w.Scale);
            minScale = Math.Min(minScale, w.Scale);
            mantissaBits = Math.Max(mantissaBits, BitLength(Mantissa(w)));
        }

        if (mantissaBits == 0)
        {
            throw new ArgumentException("The weights must not all be zero.", nameof(weights));
        }

        return (maxScale, mantissaBits + BitLength(PowersOfTen[maxScale - minScale]));
    }

    private static void Negate(Span<long> units)
    {
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = -units[i];
        }
    }

    /// <summary>
    /// The largest-remainder split of <paramref name="absolute"/> minor units over non-negative weights with a positive sum,
    /// in integers of type <typeparamref name="T"/>, which the caller has chosen wide enough for the weights scaled to
    /// <paramref name="scale"/> decimals, their sum, and their products with the amount (the arithmetic is checked).
    /// </summary>
    /// <remarks>
    /// Each part first gets the floor of its exact share; the units left over (fewer than the parts) go one each to the
    /// parts with the largest remainders, ties to the earlier part.
    /// </remarks>
    /// <typeparam name="T">The integer type.</typeparam>
    /// <param name="weights">The weights.</param>
    /// <param name="scale">The largest scale among the weights.</param>
    /// <param name="absolute">The minor units to split.</param>
    /// <param name="scaled">Scratch space, one per weight.</param>
    /// <param name="remainders">Scratch space, one per weight.</param>
    /// <param name="units">The parts, one per weight.</param>
    internal static void LargestRemainder<T>(ReadOnlySpan<decimal> weights, int scale, T absolute, Span<T> scaled, Span<T> remainders, Span<long> units)
        where T : IBinaryInteger<T>
    {
        var sum = T.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            // The weight times 10^scale, exactly: its mantissa times the power of ten that brings it to the common scale.
            scaled[i] = T.CreateChecked(Mantissa(weights[i])) * T.CreateChecked(PowersOfTen[scale - weights[i].Scale]);
            sum += scaled[i];
        }

        var left = absolute;
        for (var i = 0; i < weights.Length; i++)
        {
            (var floor, remainders[i]) = T.DivRem(absolute * scaled[i], sum);
            units[i] = long.CreateChecked(floor);
            left -= floor;
        }

        if (T.IsZero(left))
        {
            return;
        }

        // The left-th largest remainder is the threshold: every part above it gets a unit, and the earliest parts at it
        // get the units still left (as one sort by remainder descending, then position, would hand them out). The sorted
        // copy of the remainders takes the scaled weights' space, no longer needed.
        var sorted = scaled[..weights.Length];
        remainders[..weights.Length].CopyTo(sorted);
        sorted.Sort();
        var threshold = sorted[weights.Length - int.CreateChecked(left)];
        var atThreshold = int.CreateChecked(left);
        for (var i = 0; i < weights.Length; i++)
        {
            if (remainders[i] > threshold)
            {
                units[i]++;
                atThreshold--;
            }
        }

        for (var i = 0; atThreshold > 0; i++)
        {
            if (remainders[i] == threshold)
            {
                units[i]++;
                atThreshold--;
            }
        }
    }

    /// <summary>The weight's 96-bit integer mantissa (the weight is the mantissa over 10^scale), read through <see cref="decimal.GetBits(decimal, Span{int})"/>.</summary>
    private static UInt128 Mantissa(decimal weight)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(weight, bits);
        return unchecked(new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
    }

    /// <summary>The number of bits <paramref name="value"/> needs: it is below 2^result.</summary>
    private static int BitLength<T>(T value)
        where T : IBinaryInteger<T>, IUnsignedNumber<T> => value.GetShortestBitLength();

    private static UInt128[] BuildPowersOfTen()
    {
        var powers = new UInt128[29];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
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
    public int CompareTo(Money other) => decimal.Compare(Amount, SameCurrency(other).Amount);

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

    private Money SameCurrency(Money other) =>
        Currency.Equals(other.Currency)
            ? other
            : throw new InvalidOperationException($"Cannot combine {Currency.Code} with {other.Currency.Code}: arithmetic across currencies is refused.");

    // An amount at the currency's scale is kept as it is (the usual case: amounts that are already money). A smaller
    // scale is raised by adding a zero with the currency's scale (170000 → 170000.00). A larger one is lowered by rounding
    // toward zero to the minor unit, which is exact only when the decimals it drops are zeros (5.000 JPY → 5).
    private static bool TryNormalize(decimal amount, Currency currency, out decimal normalized)
    {
        var scale = amount.Scale;
        if (scale == currency.MinorUnits)
        {
            normalized = amount;
            return true;
        }

        if (scale < currency.MinorUnits)
        {
            // Stryker disable once Arithmetic : equivalent: adding or subtracting a zero gives the same number with the same scale.
            normalized = amount + currency.ZeroAmount;
            return true;
        }

        normalized = decimal.Round(amount, currency.MinorUnits, MidpointRounding.ToZero);
        return normalized == amount;
    }

    // Thrown from a helper, so that the Currency getter stays small enough to be inlined.
    private static Currency NoCurrency() => throw new InvalidOperationException("default(Money) has no currency; create money with Money.Of.");

    [DoesNotReturn]
    private static void ThrowTooPrecise(decimal amount, Currency currency) =>
        throw new ArgumentException($"{amount.ToString(CultureInfo.InvariantCulture)} has more decimal places than {currency.Code} allows ({currency.MinorUnits}); round it explicitly with a RoundingRule.", nameof(amount));
}
