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

/// <summary>Identifies an order.</summary>
public sealed record OrderId : Identifier
{
    private OrderId(string value)
        : base(value)
    {
    }

    /// <summary>Creates an order id.</summary>
    /// <param name="value">The host's identifier text.</param>
    /// <returns>The id.</returns>
    public static OrderId From(string value) => new(value);
}

/// <summary>Identifies a customer.</summary>
public sealed record CustomerId : Identifier
{
    private CustomerId(string value)
        : base(value)
    {
    }

    /// <summary>Creates a customer id.</summary>
    /// <param name="value">The host's identifier text.</param>
    /// <returns>The id.</returns>
    public static CustomerId From(string value) => new(value);
}

/// <summary>Identifies a product (a catalogue item or a non-standard item).</summary>
public sealed record ProductId : Identifier
{
    private ProductId(string value)
        : base(value)
    {
    }

    /// <summary>Creates a product id.</summary>
    /// <param name="value">The host's identifier text.</param>
    /// <returns>The id.</returns>
    public static ProductId From(string value) => new(value);
}

/// <summary>Identifies a person or system acting on an order.</summary>
public sealed record ActorId : Identifier
{
    private ActorId(string value)
        : base(value)
    {
    }

    /// <summary>Creates an actor id.</summary>
    /// <param name="value">The host's identifier text.</param>
    /// <returns>The id.</returns>
    public static ActorId From(string value) => new(value);
}

/// <summary>Identifies an order line within its order.</summary>
public sealed record LineId : Identifier
{
    private LineId(string value)
        : base(value)
    {
    }

    /// <summary>Creates a line id.</summary>
    /// <param name="value">The identifier text, e.g. <c>10</c>.</param>
    /// <returns>The id.</returns>
    public static LineId From(string value) => new(value);
}
