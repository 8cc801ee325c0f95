using System;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>
/// Base of the strongly typed identifiers: a non-empty string of at most 128 characters, compared ordinally.
/// Identifiers of different kinds never compare equal.
/// </summary>
public abstract record Identifier
{
    private protected Identifier(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        Guard.Against.LengthOutOfRange(value, 1, 128);
        if (!Text.IsWellFormed(value))
        {
            throw new ArgumentException("An identifier must be valid Unicode text (it holds a lone surrogate).", nameof(value));
        }

        Value = value;
    }

    /// <summary>Gets the identifier's text.</summary>
    public string Value { get; }

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => Value;
}
