using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace OrderKernel.Orders;

/// <summary>
/// An immutable set of <see cref="CommandKind"/> values held in one 64-bit mask: what
/// <see cref="OrderDecider.PermittedKinds"/> returns so a UI can enable its buttons cheaply.
/// </summary>
/// <example>
/// <code>
/// var permitted = OrderDecider.PermittedKinds(state, context);
/// shipButton.Enabled = permitted.Contains(CommandKind.Ship);
/// </code>
/// </example>
public readonly struct CommandKindSet : IEquatable<CommandKindSet>
{
    private readonly ulong _bits;

    static CommandKindSet()
    {
        // Every kind must fit the mask; a 65th kind would need a wider set (checked once, at type initialisation).
        foreach (var kind in Enum.GetValues<CommandKind>())
        {
            if ((int)kind is < 0 or > 63)
            {
                throw new InvalidOperationException($"CommandKind.{kind} does not fit a 64-bit CommandKindSet.");
            }
        }
    }

    private CommandKindSet(ulong bits) => _bits = bits;

    /// <summary>Gets the empty set.</summary>
    public static CommandKindSet Empty => default;

    /// <summary>Gets the number of kinds in the set.</summary>
    public int Count => BitOperations.PopCount(_bits);

    /// <summary>Gets a value indicating whether the set is empty.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>Creates a set of the given kinds.</summary>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="CommandKind"/>.</exception>
    public static CommandKindSet Of(params ReadOnlySpan<CommandKind> kinds)
    {
        var set = Empty;
        foreach (var kind in kinds)
        {
            set = set.Add(kind);
        }

        return set;
    }

    /// <summary>Tells whether the set holds <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(CommandKind kind) => (int)kind is >= 0 and < 64 && (_bits & (1UL << (int)kind)) != 0;

    /// <summary>Returns the set with <paramref name="kind"/> added.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="CommandKind"/>.</exception>
    public CommandKindSet Add(CommandKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown command kind.");
        }

        return new CommandKindSet(_bits | (1UL << (int)kind));
    }

    /// <summary>Gets an allocation-free enumerator over the kinds, in <see cref="CommandKind"/> order.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_bits);

    /// <summary>Copies the kinds into a list, in <see cref="CommandKind"/> order.</summary>
    /// <returns>The kinds.</returns>
    public IReadOnlyList<CommandKind> ToList()
    {
        var list = new List<CommandKind>(Count);
        foreach (var kind in this)
        {
            list.Add(kind);
        }

        return list;
    }

    /// <inheritdoc />
    public bool Equals(CommandKindSet other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommandKindSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits.GetHashCode();

    /// <summary>Compares two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when both hold the same kinds.</returns>
    public static bool operator ==(CommandKindSet left, CommandKindSet right) => left.Equals(right);

    /// <summary>Compares two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when the sets differ.</returns>
    public static bool operator !=(CommandKindSet left, CommandKindSet right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("{");
        foreach (var kind in this)
        {
            text.Append(text.Length > 1 ? ", " : " ").Append(kind);
        }

        return text.Append(text.Length > 1 ? " }" : "}").ToString();
    }

    /// <summary>Builds a set from a mask (callers guarantee only defined kinds are set).</summary>
    internal static CommandKindSet FromBits(ulong bits) => new(bits);

    /// <summary>An allocation-free enumerator over a <see cref="CommandKindSet"/>.</summary>
    public struct Enumerator
    {
        private ulong _remaining;

        internal Enumerator(ulong bits)
        {
            _remaining = bits;
            Current = default;
        }

        /// <summary>Gets the current kind.</summary>
        public CommandKind Current { get; private set; }

        /// <summary>Moves to the next kind.</summary>
        /// <returns><see langword="true"/> while there is one.</returns>
        public bool MoveNext()
        {
            if (_remaining == 0)
            {
                return false;
            }

            var bit = BitOperations.TrailingZeroCount(_remaining);
            Current = (CommandKind)bit;
            _remaining &= _remaining - 1;
            return true;
        }
    }
}
