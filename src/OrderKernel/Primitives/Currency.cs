using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>
/// An ISO 4217 currency and the number of its minor units (decimal places).
/// </summary>
/// <remarks>
/// Instances are obtained from the well-known static properties or <see cref="FromCode(string)"/>;
/// two currencies are equal when their codes are equal.
/// </remarks>
public sealed class Currency : IEquatable<Currency>
{
    private static readonly FrozenDictionary<string, Currency> Known = BuildKnown();

    // The code's hash, computed once: currencies are dictionary keys on every approval decision.
    private readonly int _hashCode;

    private Currency(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
        _hashCode = StringComparer.Ordinal.GetHashCode(code);
        ZeroAmount = new decimal(0, 0, 0, false, Scale);
        MinorUnit = new decimal(1, 0, 0, false, Scale);
        MinorUnitsPerUnit = 1m / MinorUnit;
    }

    /// <summary>Gets the three-letter ISO 4217 code, e.g. <c>USD</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the number of decimal places of the currency's minor unit (2 for USD, 0 for JPY, 3 for KWD).</summary>
    public int MinorUnits { get; }

    /// <summary>Gets <see cref="MinorUnits"/> as a decimal scale.</summary>
    internal byte Scale => (byte)MinorUnits;

    /// <summary>Gets zero with the currency's scale (<c>0.00</c> for USD).</summary>
    internal decimal ZeroAmount { get; }

    /// <summary>Gets one minor unit (<c>0.01</c> for USD).</summary>
    internal decimal MinorUnit { get; }

    /// <summary>Gets the number of minor units in one unit (<c>100</c> for USD).</summary>
    internal decimal MinorUnitsPerUnit { get; }

    /// <summary>Gets the Chinese yuan renminbi (2 minor units).</summary>
    public static Currency CNY { get; } = Known["CNY"];

    /// <summary>Gets the US dollar (2 minor units).</summary>
    public static Currency USD { get; } = Known["USD"];

    /// <summary>Gets the euro (2 minor units).</summary>
    public static Currency EUR { get; } = Known["EUR"];

    /// <summary>Gets the Japanese yen (0 minor units).</summary>
    public static Currency JPY { get; } = Known["JPY"];

    /// <summary>Gets the Kuwaiti dinar (3 minor units).</summary>
    public static Currency KWD { get; } = Known["KWD"];

    /// <summary>Gets the pound sterling (2 minor units).</summary>
    public static Currency GBP { get; } = Known["GBP"];

    /// <summary>Gets every currency the kernel knows.</summary>
    public static IEnumerable<Currency> All => Known.Values;

    /// <summary>Gets the currency with the given ISO 4217 code.</summary>
    /// <param name="code">The code, e.g. <c>USD</c> (case-sensitive, upper case).</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException">The code is not a known ISO 4217 code.</exception>
    public static Currency FromCode(string code)
    {
        Guard.Against.NullOrWhiteSpace(code);
        return TryFromCode(code, out var currency)
            ? currency
            : throw new ArgumentException($"'{code}' is not a known ISO 4217 currency code.", nameof(code));
    }

    /// <summary>Looks up a currency by its ISO 4217 code without throwing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="currency">The currency, when found.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Currency? currency)
    {
        if (code is null)
        {
            currency = null;
            return false;
        }

        return Known.TryGetValue(code, out currency);
    }

    /// <inheritdoc />
    public bool Equals(Currency? other) => ReferenceEquals(this, other) || (other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc />
    public override int GetHashCode() => _hashCode;

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Currency? left, Currency? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => Code;

    private static FrozenDictionary<string, Currency> BuildKnown()
    {
        // ISO 4217 minor units for the currencies order-management hosts meet most.
        (string Code, int Minor)[] table =
        [
            ("AED", 2), ("AUD", 2), ("BHD", 3), ("BRL", 2), ("CAD", 2), ("CHF", 2), ("CLP", 0), ("CNY", 2),
            ("CZK", 2), ("DKK", 2), ("EUR", 2), ("GBP", 2), ("HKD", 2), ("HUF", 2), ("IDR", 2), ("INR", 2),
            ("ISK", 0), ("JOD", 3), ("JPY", 0), ("KRW", 0), ("KWD", 3), ("MXN", 2), ("MYR", 2), ("NOK", 2),
            ("NZD", 2), ("OMR", 3), ("PHP", 2), ("PLN", 2), ("RUB", 2), ("SAR", 2), ("SEK", 2), ("SGD", 2),
            ("THB", 2), ("TND", 3), ("TRY", 2), ("TWD", 2), ("USD", 2), ("VND", 0), ("ZAR", 2),
        ];
        var map = new Dictionary<string, Currency>(table.Length, StringComparer.Ordinal);
        foreach (var (code, minor) in table)
        {
            map[code] = new Currency(code, minor);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
