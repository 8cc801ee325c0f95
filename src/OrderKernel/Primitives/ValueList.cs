using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace OrderKernel.Primitives;

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
/// <see cref="Add"/> is amortised O(1): a list is a view of the first <see cref="Count"/> slots of an array that grows by
/// doubling, and appending to the longest view of an array fills the next free slot in place (claimed atomically, so two
/// threads appending to the same list never share a slot). Slots a view can see are never written again, so every list
/// stays immutable; appending to any other view copies. This keeps folding long event streams linear.
/// A list of reference-type items is the array itself (a free slot is an empty one; a <see langword="null"/> item is
/// appended by copying); a list of value-type items keeps its count of used slots beside the array.
/// </para>
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    // T[] when T is a reference type (a slot is free while it is empty), Buffer when T is a value type (the count of
    // used slots beside the array); the choice is a constant per instantiation, so reading the items costs no test.
    private readonly object? _store;
    private readonly int _count;

    private ValueList(object store, int count)
    {
        _store = store;
        _count = count;
    }

    private T[]? Items => typeof(T).IsValueType ? Unsafe.As<Buffer>(_store)?.Items : Unsafe.As<T[]>(_store);

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
    internal static ValueList<T> Own(T[] items) => items.Length == 0 ? default : new(Store(items, items.Length), items.Length);

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
            if (index < 0 || index >= _count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
            }

            return Items![index];
        }
    }

    /// <summary>Gets the items as a read-only span (no copy).</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsSpan() => _count == 0 ? default : new ReadOnlySpan<T>(Items, 0, _count);

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

    /// <summary>Returns a new list with <paramref name="item"/> appended (amortised O(1)).</summary>
    /// <param name="item">The item to append.</param>
    /// <returns>The new list.</returns>
    public ValueList<T> Add(T item)
    {
        var count = _count;
        if (typeof(T).IsValueType)
        {
            // The plain read first: when another view already filled the next slot the atomic exchange would fail anyway, and
            // it costs more than the read (appends to older versions, as every decision on a loaded state makes, skip it).
            // Stryker disable once Equality : equivalent: the atomic exchange below makes the same test.
            if (Unsafe.As<Buffer>(_store) is { } buffer && count < buffer.Items.Length && Volatile.Read(ref buffer.Used) == count
                && Interlocked.CompareExchange(ref buffer.Used, count + 1, count) == count)
            {
                buffer.Items[count] = item;
                return new ValueList<T>(buffer, count + 1);
            }
        }
        else if (Unsafe.As<T[]>(_store) is { } items && count < items.Length && item is not null)
        {
            // The next slot is free while it is empty (a view's slots always hold their items: a null item is copied below).
            // Only the growth below makes arrays with free slots, always exactly T[], so the unchecked store never meets a
            // covariant array (Own's arrays are full: appending to them copies).
            // Stryker disable once Equality : equivalent: the atomic exchange below makes the same test.
            ref var slot = ref Unsafe.As<T, object?>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), count));
            if (Volatile.Read(ref slot) is null && Interlocked.CompareExchange(ref slot, item, null) is null)
            {
                return new ValueList<T>(items, count + 1);
            }
        }

        var grown = new T[Math.Max(4, count * 2)];
        AsSpan().CopyTo(grown);
        grown[count] = item;
        return new ValueList<T>(Store(grown, count + 1), count + 1);
    }

    /// <summary>Returns a new list with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <param name="item">The new item.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public ValueList<T> SetItem(int index, T item)
    {
        if (index < 0 || index >= _count)
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
        if (index < 0 || index >= _count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
        }

        var span = AsSpan();
        var copy = new T[_count - 1];
        span[..index].CopyTo(copy);
        span[(index + 1)..].CopyTo(copy.AsSpan(index));
        return Own(copy);
    }

    /// <summary>Gets an allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(Items, _count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => Enumerate().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Enumerate().GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T> other)
    {
        if (_count != other._count)
        {
            return false;
        }

        if (ReferenceEquals(_store, other._store))
        {
            return true;
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

    private static object Store(T[] items, int used) => typeof(T).IsValueType ? new Buffer(items, used) : items;

    private static T[] CopyOf(ICollection<T> c)
    {
        var array = new T[c.Count];
        c.CopyTo(array, 0);
        return array;
    }

    private IEnumerable<T> Enumerate()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return Items![i];
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

    private sealed class Buffer(T[] items, int used)
    {
        public readonly T[] Items = items;
        public int Used = used;
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
