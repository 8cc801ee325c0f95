using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace OrderKernel.Tests.Primitives;

/// <summary>
/// <see cref="ValueList{T}"/>: appends share a growing buffer (amortised O(1)), yet every list stays immutable — appending
/// to an older view, or to the same view twice, never changes what another list holds.
/// </summary>
public class ValueListTests
{
    [Fact]
    public void Add_ToTheSameListTwice_GivesTwoIndependentLists()
    {
        var a = ValueList<int>.Empty.Add(1).Add(2);
        var b = a.Add(3);
        var c = a.Add(4);
        Assert.Equal([1, 2], a);
        Assert.Equal([1, 2, 3], b);
        Assert.Equal([1, 2, 4], c);
        Assert.Equal([1, 2, 3, 5], b.Add(5));
        Assert.Equal([1, 2, 4, 6], c.Add(6));
        Assert.Equal([1, 2, 3], b);
    }

    [Fact]
    public void Add_ToAListBuiltOfItems_DoesNotChangeIt()
    {
        var items = ValueList<string>.Of("a", "b");
        var longer = items.Add("c");
        Assert.Equal(2, items.Count);
        Assert.Equal("c", longer[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => items[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => longer[-1]);
    }

    [Fact]
    public void SetItem_And_RemoveAt_CopyAndCheckTheIndex()
    {
        var list = ValueList<int>.Of(1, 2, 3);
        Assert.Equal([1, 9, 3], list.SetItem(1, 9));
        Assert.Equal([1, 3], list.RemoveAt(1));
        Assert.Equal([2, 3], list.RemoveAt(0));
        Assert.Equal([1, 2], list.RemoveAt(2));
        Assert.Equal([1, 2, 3], list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.SetItem(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.RemoveAt(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueList<int>.Empty.RemoveAt(0));
    }

    [Fact]
    public void EmptyLists_AreEqual_WhateverTheirBuffer()
    {
        var emptied = ValueList<int>.Of(1).RemoveAt(0);
        Assert.Equal(ValueList<int>.Empty, emptied);
        Assert.Equal(ValueList<int>.Empty.GetHashCode(), emptied.GetHashCode());
        Assert.True(emptied.IsEmpty);
        Assert.Equal("[]", emptied.ToString());
        Assert.Equal("[1, 2]", ValueList<int>.Of(1, 2).ToString());
        Assert.True(ValueList<int>.Empty.AsSpan().IsEmpty);
    }

    [Fact]
    public void ListsOfOneAppendChain_CompareByContent()
    {
        var a = ValueList<int>.Empty.Add(1);
        var b = a.Add(2);
        Assert.NotEqual(a, b);
        Assert.True(a != b);
        Assert.Equal(a, ValueList<int>.Of(1));
        Assert.False(a.Contains(2));
        Assert.True(b.Contains(2));
    }

    [Fact]
    public void ConcurrentAppends_ToOneList_NeverShareASlot()
    {
        var start = ValueList<int>.Empty.Add(0);
        var results = new ValueList<int>[64];
        Parallel.For(0, results.Length, i => results[i] = start.Add(i + 1).Add(-(i + 1)));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal([0, i + 1, -(i + 1)], results[i]);
        }

        Assert.Equal([0], start);
    }

    [Fact]
    public void Add_CopiesTheItemsIntoAnArrayOfOneMore_AndLeavesTheListItCameFrom()
    {
        var numbers = ValueList<int>.From(Enumerable.Range(0, 1000));
        _ = numbers.Add(-1); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var longer = numbers.Add(1000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(allocated, 4 * 1001, (4 * 1001) + 64); // one array of 1,001 ints and its header
        Assert.Equal(1000, numbers.Count);
        Assert.Equal(1001, longer.Count);
        Assert.Equal(numbers.AsSpan().ToArray(), longer.AsSpan()[..1000].ToArray());
        Assert.Equal(1000, longer[^1]);
    }

    [Fact]
    public void Add_OfANullItem_Copies_AndTheListsAroundItKeepTheirItems()
    {
        // A list of references is its array: a free slot is an empty one, so a null item is never written in place.
        var a = ValueList<string?>.Empty.Add("x");
        var withNull = a.Add(null);
        var withY = a.Add("y");
        var afterNull = withNull.Add("z");
        var nullTwice = withNull.Add(null);

        Assert.Equal(["x"], a);
        Assert.Equal(["x", null], withNull);
        Assert.Equal(["x", "y"], withY);
        Assert.Equal(["x", null, "z"], afterNull);
        Assert.Equal(["x", null, null], nullTwice);
        Assert.Equal(["x", "y", "w"], withY.Add("w"));
        Assert.Equal(["x", null], withNull);
        Assert.True(withNull.Contains(null));
        Assert.Equal(ValueList<string?>.Of("x", null), withNull);
    }

    [Fact]
    public void ConcurrentAppends_OfReferences_ToOneList_NeverShareASlot()
    {
        var start = ValueList<string>.Empty.Add("0");
        var results = new ValueList<string>[64];
        Parallel.For(0, results.Length, i => results[i] = start.Add($"+{i}").Add($"-{i}"));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(["0", $"+{i}", $"-{i}"], results[i]);
        }

        Assert.Equal(["0"], start);
    }

    [Property(MaxTest = 200)]
    public Property RandomAppendsOfReferencesAndNulls_FromRandomVersions_BehaveLikeCopies() =>
        Prop.ForAll(
            Gen.Choose(0, 1000).Two().ArrayOf().ToArbitrary(),
            ops =>
            {
                var versions = new List<(ValueList<string?> List, string?[] Expected)> { (ValueList<string?>.Empty, []) };
                foreach (var (pick, value) in ops)
                {
                    var (list, expected) = versions[pick % versions.Count];
                    var item = value % 5 == 0 ? null : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    versions.Add((list.Add(item), [.. expected, item]));
                }

                foreach (var (list, expected) in versions)
                {
                    Assert.Equal(expected, list.AsSpan().ToArray());
                    Assert.Equal(expected, list);
                    Assert.Equal(ValueList<string?>.From(expected), list);
                }
            });

    [Property(MaxTest = 200)]
    public Property RandomAppendsFromRandomVersions_BehaveLikeCopies() =>
        Prop.ForAll(
            Gen.Choose(0, 1000).Two().ArrayOf().ToArbitrary(),
            ops =>
            {
                // Each op appends a value to a randomly chosen earlier version; every version must keep its content.
                var versions = new List<(ValueList<int> List, int[] Expected)> { (ValueList<int>.Empty, []) };
                foreach (var (pick, value) in ops)
                {
                    var (list, expected) = versions[pick % versions.Count];
                    versions.Add((list.Add(value), [.. expected, value]));
                }

                foreach (var (list, expected) in versions)
                {
                    Assert.Equal(expected, list.AsSpan().ToArray());
                    Assert.Equal(expected.Length, list.Count);
                    Assert.Equal(ValueList<int>.From(expected), list);
                }
            });

    [Fact]
    public void OwnedAppend_FillsTheFoldsFreeSlots_AndNeverChangesAListAnotherFoldOrAnEarlierValueReads()
    {
        var fold = new object();
        var one = ValueList<int>.Empty.Add(1, fold);
        var two = one.Add(2, fold);
        var three = two.Add(3, fold);
        var other = two.Add(9, new object()); // another fold (a published list appended later) copies
        Assert.Equal([1], one);
        Assert.Equal([1, 2], two);
        Assert.Equal([1, 2, 3], three);
        Assert.Equal([1, 2, 9], other);
        Assert.Equal(ValueList<int>.Of(1, 2, 3), three);
        Assert.Equal(ValueList<int>.Of(1, 2, 3).GetHashCode(), three.GetHashCode());
        var many = ValueList<int>.Empty;
        for (var i = 0; i < 1000; i++)
        {
            many = many.Add(i, fold);
        }

        Assert.Equal(Enumerable.Range(0, 1000), many);
        Assert.Equal(Enumerable.Range(0, 1000), many.AsSpan().ToArray());
        Assert.Equal(999, many[999]);
        Assert.Throws<ArgumentOutOfRangeException>(() => many[1000]);
        Assert.Equal([.. Enumerable.Range(0, 999)], many.RemoveAt(999));
    }
}
