using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace OrderKernel;

/// <summary>
/// An immutable list with value (structural) equality, so that records holding lists compare by content.
/// </summary>
/// <remarks>
/// <para>
/// <c>default(ValueList&lt;T&gt;)</c> is a meaningful value: the empty list.
/// The kernel uses this type for every collection in its state, commands and events; it cannot be mutated,
/// and two lists are equal when they hold equal items in the same order.
/// </para>
/// <para>
/// Collection expressions build it: <c>ValueList&lt;int&gt; list = [1, 2, 3];</c>.
/// </para>
/// <para>
/// The list holds its own array, which nothing writes after the list is made: <see cref="Add(T)"/>, <see cref="SetItem"/>
/// and <see cref="RemoveAt"/> copy it (O(n)). To build a long list, collect the items first and make the list once.
/// Inside the kernel, events folding into one working copy of an order append in amortized O(1) (the free slots of an
/// array belong to the fold that made it), so replaying a long stream stays linear.
/// </para>
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    // Null for the empty list. The list is the first _count items; the slots past them are free only to the fold that
    // made the array (_owner: the working copy of an order, see Add(T, object)), and never written once it is published.
    private readonly T[]? _items;
    private readonly int _count;
    private readonly object? _owner;

    private ValueList(T[] items)
        : this(items, items.Length, null)
    {
    }

    private ValueList(T[] items, int count, object? owner)
    {
        _items = items;
        _count = count;
        _owner = owner;
    }

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items is ICollection<T> c ? CopyOf(c) : [.. items];
        return Own(array);
    }

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Of(params ReadOnlySpan<T> items) => Own(items.ToArray());

    /// <summary>Wraps an array the caller gives up: it must never be written again.</summary>
    internal static ValueList<T> Own(T[] items) => items.Length == 0 ? default : new(items);

    /// <summary>Gets the number of items.</summary>
    public int Count => _count;

    /// <summary>Gets a value indicating whether the list is empty.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index]
    {
        get
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
            }

            return _items![index];
        }
    }

    /// <summary>Gets the items as a read-only span (no copy).</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsSpan() => new(_items, 0, _count);

    /// <summary>Tells whether the list holds an item equal to <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool Contains(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        foreach (var x in AsSpan())
        {
            if (comparer.Equals(x, item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns a new list with <paramref name="item"/> appended (a copy, O(n)).</summary>
    /// <param name="item">The item to append.</param>
    /// <returns>The new list.</returns>
    public ValueList<T> Add(T item)
    {
        var copy = new T[Count + 1];
        AsSpan().CopyTo(copy);
        copy[^1] = item;
        return new ValueList<T>(copy);
    }

    /// <summary>
    /// Returns a new list with <paramref name="item"/> appended, for the working copy of an order while events fold into
    /// it (<paramref name="owner"/>): the first append copies the list into an array with free slots owned by that fold,
    /// the next ones fill them (amortized O(1), so replaying n events is linear). Only the latest list of a fold may be
    /// appended to; once the fold's order is published nothing writes the array again, and the next fold copies.
    /// </summary>
    internal ValueList<T> Add(T item, object owner)
    {
        if (ReferenceEquals(owner, _owner) && _items is { } items && _count < items.Length)
        {
            items[_count] = item;
            return new ValueList<T>(items, _count + 1, owner);
        }

        var grown = new T[Math.Max(4, _count * 2)];
        AsSpan().CopyTo(grown);
        grown[_count] = item;
        return new ValueList<T>(grown, _count + 1, owner);
    }

    /// <summary>Returns a new list with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <param name="item">The new item.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public ValueList<T> SetItem(int index, T item)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
        }

        var copy = AsSpan().ToArray();
        copy[index] = item;
        return Own(copy);
    }

    /// <summary>Returns a new list without the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public ValueList<T> RemoveAt(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
        }

        var span = AsSpan();
        var copy = new T[Count - 1];
        span[..index].CopyTo(copy);
        span[(index + 1)..].CopyTo(copy.AsSpan(index));
        return Own(copy);
    }

    /// <summary>Gets an allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items, _count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => Enumerate().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Enumerate().GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T> other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        var a = AsSpan();
        var b = other.AsSpan();
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two lists by content.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when both hold equal items in the same order.</returns>
    public static bool operator ==(ValueList<T> left, ValueList<T> right) => left.Equals(right);

    /// <summary>Compares two lists by content.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when the lists differ.</returns>
    public static bool operator !=(ValueList<T> left, ValueList<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", Enumerate()) + "]";

    private static T[] CopyOf(ICollection<T> c)
    {
        var array = new T[c.Count];
        c.CopyTo(array, 0);
        return array;
    }

    private IEnumerable<T> Enumerate()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _items![i];
        }
    }

    /// <summary>An allocation-free enumerator over a <see cref="ValueList{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly T[]? _items;
        private readonly int _count;
        private int _index;

        internal Enumerator(T[]? items, int count)
        {
            _items = items;
            _count = count;
            _index = -1;
        }

        /// <summary>Gets the current item.</summary>
        public readonly T Current => _items![_index];

        /// <summary>Moves to the next item.</summary>
        /// <returns><see langword="true"/> while there is one.</returns>
        public bool MoveNext() => ++_index < _count;
    }
}

/// <summary>Builds <see cref="ValueList{T}"/> values (the collection-expression builder).</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>; what <c>[a, b, c]</c> compiles to.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.Of(items);
}
