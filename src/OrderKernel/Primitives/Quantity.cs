using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>A non-negative quantity in a unit of measure. Arithmetic across units is refused.</summary>
/// <remarks><c>default(Quantity)</c> is not a valid value: its <see cref="Unit"/> throws.</remarks>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>
{
    private readonly UnitOfMeasure? _unit;

    private Quantity(decimal value, UnitOfMeasure unit)
    {
        Value = value;
        _unit = unit;
    }

    /// <summary>Gets the numeric value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit of measure.</summary>
    public UnitOfMeasure Unit => _unit ?? throw new InvalidOperationException("default(Quantity) has no unit; create one with Quantity.Of.");

    /// <summary>Gets a value indicating whether this is <c>default(Quantity)</c>, which no factory returns.</summary>
    internal bool IsDefault => _unit is null;

    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The value; not negative.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Of(decimal value, UnitOfMeasure unit)
    {
        Guard.Against.Negative(value);
        Guard.Against.Null(unit);
        return new Quantity(value, unit);
    }

    /// <summary>Creates a number of pieces.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Pieces(decimal count) => Of(count, UnitOfMeasure.Piece);

    /// <summary>Adds a quantity of the same unit.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>The sum.</returns>
    public Quantity Add(Quantity other) => new(Value + SameUnit(other).Value, Unit);

    /// <summary>Subtracts a quantity of the same unit; the result is not negative.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="InvalidOperationException">The result would be negative.</exception>
    public Quantity Subtract(Quantity other)
    {
        var value = Value - SameUnit(other).Value;
        return value < 0m ? throw new InvalidOperationException("A quantity cannot become negative.") : new Quantity(value, Unit);
    }

    /// <inheritdoc />
    public bool Equals(Quantity other) => Value == other.Value && Equals(_unit, other._unit);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, _unit);

    /// <inheritdoc />
    public int CompareTo(Quantity other) => Value.CompareTo(SameUnit(other).Value);

    /// <summary>Compares for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Compares for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => _unit is null ? "(no quantity)" : Value.ToString(CultureInfo.InvariantCulture) + " " + _unit.Code;

    private Quantity SameUnit(Quantity other)
    {
        if (!Unit.Equals(other.Unit))
        {
            throw new InvalidOperationException($"Cannot combine {Unit.Code} with {other.Unit.Code}: arithmetic across units is refused.");
        }

        return other;
    }
}
