using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace OrderKernel;

/// <summary>
/// An immutable set of <see cref="CommandKind"/> values, one bit per kind in as many 64-bit words as the highest kind
/// needs (so it grows with the enumeration): what <see cref="OrderDecider.PermittedKinds"/> returns so a UI can enable
/// its buttons cheaply. <see langword="default"/> is the empty set.
/// </summary>
/// <example>
/// <code>
/// var permitted = OrderDecider.PermittedKinds(state, context);
/// shipButton.Enabled = permitted.Contains(CommandKind.Ship);
/// </code>
/// </example>
public readonly struct CommandKindSet : IEquatable<CommandKindSet>
{
    // Null for the empty set; otherwise exactly as long as the highest kind's word, so that word is never zero and
    // equal sets have equal arrays. Never mutated once the set holds it.
    private readonly ulong[]? _words;

    private CommandKindSet(ulong[]? words) => _words = words;

    /// <summary>Gets the empty set.</summary>
    public static CommandKindSet Empty => default;

    /// <summary>Gets the number of kinds in the set.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var word in Words)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }
    }

    /// <summary>Gets a value indicating whether the set is empty.</summary>
    public bool IsEmpty => _words is null;

    private ReadOnlySpan<ulong> Words => _words;

    /// <summary>Creates a set of the given kinds.</summary>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="CommandKind"/>.</exception>
    public static CommandKindSet Of(params ReadOnlySpan<CommandKind> kinds)
    {
        var builder = new Builder();
        foreach (var kind in kinds)
        {
            builder.Add(Defined(kind));
        }

        return builder.ToSet();
    }

    /// <summary>Tells whether the set holds <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(CommandKind kind)
    {
        var index = (int)kind;
        var words = Words;
        return index >= 0 && index / 64 < words.Length && (words[index / 64] & Bit(index)) != 0;
    }

    /// <summary>Returns the set with <paramref name="kind"/> added.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The new set (this one when it already holds the kind).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="CommandKind"/>.</exception>
    public CommandKindSet Add(CommandKind kind)
    {
        if (Contains(Defined(kind)))
        {
            return this;
        }

        var builder = new Builder(Words);
        builder.Add(kind);
        return builder.ToSet();
    }

    /// <summary>Gets an allocation-free enumerator over the kinds, in <see cref="CommandKind"/> order.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_words);

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
    public bool Equals(CommandKindSet other) => Words.SequenceEqual(other.Words);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommandKindSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var word in Words)
        {
            hash.Add(word);
        }

        return hash.ToHashCode();
    }

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

    /// <summary>Builds a set from a mask of the kinds numbered below 64 (callers guarantee only defined kinds are set).</summary>
    internal static CommandKindSet FromBits(ulong bits) => bits == 0 ? Empty : new([bits]);

    private static ulong Bit(int index) => 1UL << (index % 64);

    private static CommandKind Defined(CommandKind kind) =>
        Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown command kind.");

    /// <summary>
    /// Collects kinds into a set, allocating only when a kind needs a word the array does not have yet (once for kinds
    /// below 64); for the kernel's own loops. Callers guarantee the kinds are not negative; <see cref="Of"/> and
    /// <see cref="Add"/> check that they are defined.
    /// </summary>
    internal struct Builder
    {
        private ulong[]? _words;

        internal Builder(ReadOnlySpan<ulong> words) => _words = words.IsEmpty ? null : words.ToArray();

        /// <summary>Adds a kind.</summary>
        public void Add(CommandKind kind)
        {
            var index = (int)kind;
            var word = index / 64;
            if (_words is null || word >= _words.Length)
            {
                Array.Resize(ref _words, word + 1);
            }

            _words[word] |= Bit(index);
        }

        /// <summary>Gets the set of the kinds added; the builder must not be used afterwards.</summary>
        public readonly CommandKindSet ToSet() => new(_words);
    }

    /// <summary>An allocation-free enumerator over a <see cref="CommandKindSet"/>.</summary>
    public struct Enumerator
    {
        private readonly ulong[]? _words;
        private int _word;
        private ulong _remaining;

        internal Enumerator(ulong[]? words)
        {
            _words = words;
            _word = 0;
            _remaining = words is null ? 0 : words[0];
            Current = default;
        }

        /// <summary>Gets the current kind.</summary>
        public CommandKind Current { get; private set; }

        /// <summary>Moves to the next kind.</summary>
        /// <returns><see langword="true"/> while there is one.</returns>
        public bool MoveNext()
        {
            while (_remaining == 0)
            {
                if (_words is null || ++_word >= _words.Length)
                {
                    return false;
                }

                _remaining = _words[_word];
            }

            Current = (CommandKind)((_word * 64) + BitOperations.TrailingZeroCount(_remaining));
            _remaining &= _remaining - 1;
            return true;
        }
    }
}
