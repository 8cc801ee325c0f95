using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>
/// A line's over- and under-delivery tolerance (R32, SAP's UEBTO/UNTTO): a percentage of the ordered quantity each way,
/// optionally capped by an absolute quantity in the line's unit; when a cap is given, the tighter of the two applies.
/// </summary>
public sealed record DeliveryTolerance
{
    [JsonConstructor]
    internal DeliveryTolerance(Percentage over, Percentage under, decimal? overAbsolute, decimal? underAbsolute)
    {
        if (overAbsolute is { } o)
        {
            Guard.Against.Negative(o, nameof(overAbsolute));
        }

        if (underAbsolute is { } u)
        {
            Guard.Against.Negative(u, nameof(underAbsolute));
        }

        Guard.Against.OutOfRange(under.Value, nameof(under), 0m, 100m);
        Over = over;
        Under = under;
        OverAbsolute = overAbsolute;
        UnderAbsolute = underAbsolute;
    }

    /// <summary>Gets the over-delivery tolerance as a percentage of the ordered quantity.</summary>
    public Percentage Over { get; }

    /// <summary>Gets the under-delivery tolerance as a percentage of the ordered quantity.</summary>
    public Percentage Under { get; }

    /// <summary>Gets the over-delivery tolerance as a quantity, if any.</summary>
    public decimal? OverAbsolute { get; }

    /// <summary>Gets the under-delivery tolerance as a quantity, if any.</summary>
    public decimal? UnderAbsolute { get; }

    /// <summary>Creates a symmetric percentage tolerance, e.g. ±5 %.</summary>
    /// <param name="percent">The tolerance each way.</param>
    /// <returns>The tolerance.</returns>
    public static DeliveryTolerance Percent(Percentage percent) => new(percent, percent, null, null);

    /// <summary>Creates a tolerance.</summary>
    /// <param name="over">Over-delivery, percent.</param>
    /// <param name="under">Under-delivery, percent (at most 100 %).</param>
    /// <param name="overAbsolute">A cap on over-delivery, as a quantity; not negative.</param>
    /// <param name="underAbsolute">A cap on under-delivery, as a quantity; not negative.</param>
    /// <returns>The tolerance.</returns>
    public static DeliveryTolerance Create(Percentage over, Percentage under, decimal? overAbsolute = null, decimal? underAbsolute = null) => new(over, under, overAbsolute, underAbsolute);

    /// <summary>Gets the most quantity deliverable for an ordered quantity.</summary>
    /// <param name="ordered">The ordered quantity.</param>
    /// <returns>The maximum.</returns>
    public decimal Maximum(decimal ordered)
    {
        var allowed = ordered * Over.Fraction;
        if (OverAbsolute is { } a && a < allowed)
        {
            allowed = a;
        }

        return ordered + allowed;
    }

    /// <summary>Gets the least quantity that completes an ordered quantity.</summary>
    /// <param name="ordered">The ordered quantity.</param>
    /// <returns>The minimum.</returns>
    public decimal Minimum(decimal ordered)
    {
        var allowed = ordered * Under.Fraction;
        if (UnderAbsolute is { } a && a < allowed)
        {
            allowed = a;
        }

        return ordered - allowed;
    }
}
