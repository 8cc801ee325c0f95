using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>A non-negative percentage, e.g. 30 % deposit or an 8 % surcharge.</summary>
/// <remarks><c>default(Percentage)</c> is a meaningful value: 0 %.</remarks>
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>
{
    private Percentage(decimal value) => Value = value;

    /// <summary>Gets 0 %.</summary>
    public static Percentage Zero => default;

    /// <summary>Gets 100 %.</summary>
    public static Percentage Hundred { get; } = new(100m);

    /// <summary>Gets the value in percent (30 for 30 %).</summary>
    public decimal Value { get; }

    /// <summary>Gets the value as a fraction, with two more decimals than <see cref="Value"/> (0.30 for 30 %).</summary>
    public decimal Fraction => Value * 0.01m;

    /// <summary>Creates a percentage.</summary>
    /// <param name="percent">The value in percent; not negative.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentException">The value is negative.</exception>
    public static Percentage Of(decimal percent)
    {
        Guard.Against.Negative(percent);
        return new Percentage(percent);
    }

    /// <summary>Applies the percentage to money and rounds under an explicit rule.</summary>
    /// <param name="money">The base amount.</param>
    /// <param name="rounding">The rounding rule.</param>
    /// <returns>The rounded share.</returns>
    public Money Of(Money money, RoundingRule rounding) => money.Multiply(Fraction, rounding);

    /// <inheritdoc />
    public bool Equals(Percentage other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Percentage other) => decimal.Compare(Value, other.Value);

    /// <summary>Compares for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Compares for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Compares.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.Value < right.Value;

    /// <summary>Compares.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.Value > right.Value;

    /// <summary>Compares.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.Value <= right.Value;

    /// <summary>Compares.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.Value >= right.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " %";
}
