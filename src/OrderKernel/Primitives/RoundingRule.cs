using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>
/// An explicit rounding rule: a midpoint mode and a scale (a number of decimal places, or the currency's minor unit).
/// </summary>
/// <remarks>
/// The kernel never rounds implicitly. The default, <see cref="Default"/>, is commercial rounding
/// (<see cref="MidpointRounding.AwayFromZero"/>) to the currency's minor unit, as invoicing practice expects;
/// .NET's own default (banker's rounding) must be asked for by name.
/// </remarks>
public sealed class RoundingRule : IEquatable<RoundingRule>
{
    private RoundingRule(MidpointRounding mode, int? scale)
    {
        Mode = mode;
        Scale = scale;
    }

    /// <summary>Gets commercial rounding (half away from zero) to the currency's minor unit.</summary>
    public static RoundingRule Default { get; } = new(MidpointRounding.AwayFromZero, null);

    /// <summary>Gets the midpoint rounding mode.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>Gets the number of decimal places, or <see langword="null"/> for the currency's minor unit.</summary>
    public int? Scale { get; }

    /// <summary>Creates a rule rounding to the currency's minor unit.</summary>
    /// <param name="mode">The midpoint mode.</param>
    /// <returns>The rule.</returns>
    public static RoundingRule ToMinorUnit(MidpointRounding mode) =>
        mode == MidpointRounding.AwayFromZero ? Default : new RoundingRule(Guard.Against.EnumOutOfRange(mode), null);

    /// <summary>Creates a rule rounding to a fixed number of decimal places (at most the currency's minor unit when applied to money).</summary>
    /// <param name="scale">The number of decimal places, 0 to 28.</param>
    /// <param name="mode">The midpoint mode.</param>
    /// <returns>The rule.</returns>
    public static RoundingRule ToScale(int scale, MidpointRounding mode)
    {
        Guard.Against.OutOfRange(scale, nameof(scale), 0, 28);
        return new RoundingRule(Guard.Against.EnumOutOfRange(mode), scale);
    }

    /// <summary>Rounds an amount of the given currency under this rule.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The rounded money.</returns>
    /// <exception cref="ArgumentException">The rule's scale is finer than the currency's minor unit.</exception>
    public Money Apply(decimal amount, Currency currency)
    {
        Guard.Against.Null(currency);
        var scale = Scale ?? currency.MinorUnits;
        if (scale > currency.MinorUnits)
        {
            ThrowFinerThanMinorUnit(scale, currency);
        }

        return Money.Of(decimal.Round(amount, scale, Mode), currency);
    }

    /// <inheritdoc />
    public bool Equals(RoundingRule? other) => other is not null && Mode == other.Mode && Scale == other.Scale;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoundingRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mode, Scale);

    /// <inheritdoc />
    public override string ToString() => $"{Mode} to {(Scale is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) + " decimals" : "the minor unit")}";

    // Thrown from a helper, so that Apply, which every rounded amount passes through, stays small.
    [DoesNotReturn]
    private static void ThrowFinerThanMinorUnit(int scale, Currency currency) =>
        throw new ArgumentException($"A scale of {scale} is finer than the minor unit of {currency.Code} ({currency.MinorUnits}).", nameof(currency));
}
