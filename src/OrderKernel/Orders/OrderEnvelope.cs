using System;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// What every event changes besides its area's data: the version, the instant of the last event, the commands applied
/// with an idempotency key, and the token of the fold that made the order (<see cref="FoldScope"/>). The kernel writes it
/// once per fold.
/// </summary>
internal sealed record OrderEnvelope
{
    /// <summary>Gets the number of events folded.</summary>
    public long Version { get; init; }

    /// <summary>Gets the instant of the last event folded.</summary>
    public Instant UpdatedAt { get; init; }

    /// <summary>Gets the commands applied with an idempotency key, oldest first.</summary>
    public ValueList<AppliedCommand> AppliedCommands { get; init; }

    /// <summary>Gets the token of the fold that made the order; not part of its value.</summary>
    public FoldScope Scope { get; init; } = FoldScope.New();
}

/// <summary>
/// The token of one fold: lists appended during one fold fill free slots of arrays that fold made
/// (<see cref="ValueList{T}"/>'s owned append). Not part of the order's value: any two scopes compare equal, so the order's
/// equality reads only its data.
/// </summary>
internal readonly struct FoldScope : IEquatable<FoldScope>
{
    private FoldScope(object owner) => Owner = owner;

    /// <summary>Gets the token.</summary>
    public object Owner { get; }

    /// <summary>A new fold's scope.</summary>
    /// <returns>The scope.</returns>
    public static FoldScope New() => new(new object());

    /// <inheritdoc />
    public bool Equals(FoldScope other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FoldScope;

    /// <inheritdoc />
    public override int GetHashCode() => 0;
}
