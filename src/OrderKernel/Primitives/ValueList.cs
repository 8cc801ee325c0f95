using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

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
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    private ValueList(ImmutableArray<T> items) => _items = items;

    /// <summary>Gets the empty list.</summary>
    public static ValueList<T> Empty => default;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new ValueList<T>(ImmutableArray.CreateRange(items));
    }

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Of(params ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    internal static ValueList<T> Wrap(ImmutableArray<T> items) => new(items);

    internal ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Gets a value indicating whether the list is empty.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    public T this[int index] => Items[index];

    /// <summary>Tells whether the list holds an item equal to <paramref name="item"/>.</summary>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool Contains(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        foreach (var x in Items)
        {
            if (comparer.Equals(x, item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns a new list with <paramref name="item"/> appended.</summary>
    /// <param name="item">The item to append.</param>
    /// <returns>The new list.</returns>
    public ValueList<T> Add(T item) => new(Items.Add(item));

    /// <summary>Returns a new list with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <param name="item">The new item.</param>
    /// <returns>The new list.</returns>
    public ValueList<T> SetItem(int index, T item) => new(Items.SetItem(index, item));

    /// <summary>Returns a new list without the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The new list.</returns>
    public ValueList<T> RemoveAt(int index) => new(Items.RemoveAt(index));

    /// <summary>Gets an allocation-free enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T> other)
    {
        var a = Items;
        var b = other.Items;
        if (a.Length != b.Length)
        {
            return false;
        }

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
        foreach (var item in Items)
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
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}
