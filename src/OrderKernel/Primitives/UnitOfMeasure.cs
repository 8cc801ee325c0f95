using System;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>A unit of measure such as pieces, metres or kilograms. Equal when the codes are equal (ordinal).</summary>
public sealed class UnitOfMeasure : IEquatable<UnitOfMeasure>
{
    private UnitOfMeasure(string code) => Code = code;

    /// <summary>Gets pieces (<c>pcs</c>).</summary>
    public static UnitOfMeasure Piece { get; } = new("pcs");

    /// <summary>Gets metres (<c>m</c>).</summary>
    public static UnitOfMeasure Metre { get; } = new("m");

    /// <summary>Gets kilograms (<c>kg</c>).</summary>
    public static UnitOfMeasure Kilogram { get; } = new("kg");

    /// <summary>Gets sets (<c>set</c>).</summary>
    public static UnitOfMeasure Set { get; } = new("set");

    /// <summary>Gets the unit's code, e.g. <c>pcs</c>.</summary>
    public string Code { get; }

    /// <summary>Gets a unit by code; the host defines which codes it uses.</summary>
    /// <param name="code">The code, 1 to 16 characters without white space.</param>
    /// <returns>The unit.</returns>
    public static UnitOfMeasure Of(string code)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.LengthOutOfRange(code, 1, 16);
        foreach (var c in code)
        {
            if (char.IsWhiteSpace(c))
            {
                throw new ArgumentException("A unit code contains no white space.", nameof(code));
            }
        }

        return code switch
        {
            "pcs" => Piece,
            "m" => Metre,
            "kg" => Kilogram,
            "set" => Set,
            _ => new UnitOfMeasure(code),
        };
    }

    /// <inheritdoc />
    public bool Equals(UnitOfMeasure? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitOfMeasure);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public override string ToString() => Code;
}
