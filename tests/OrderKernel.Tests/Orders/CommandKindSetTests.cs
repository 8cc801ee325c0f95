using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace OrderKernel.Tests.Orders;

public class CommandKindSetTests
{
    private static readonly CommandKind[] Defined = Enum.GetValues<CommandKind>();

    private static CommandKindSet Build(IEnumerable<int> kinds)
    {
        var builder = new CommandKindSet.Builder();
        foreach (var kind in kinds)
        {
            builder.Add((CommandKind)kind);
        }

        return builder.ToSet();
    }

    [Fact]
    public void Builder_KindsNumberedPast64_AreHeldCountedAndEnumeratedInOrder()
    {
        var set = Build([130, (int)CommandKind.Ship, 64, 130]);

        Assert.Equal(3, set.Count);
        Assert.True(set.Contains((CommandKind)130));
        Assert.True(set.Contains((CommandKind)64));
        Assert.True(set.Contains(CommandKind.Ship));
        Assert.False(set.Contains((CommandKind)66));
        Assert.False(set.Contains((CommandKind)129));
        Assert.False(set.Contains((CommandKind)200));
        Assert.Equal([CommandKind.Ship, (CommandKind)64, (CommandKind)130], set.ToList());
        Assert.Equal(Build([64, 130, (int)CommandKind.Ship]), set);
        Assert.NotEqual(Build([64, (int)CommandKind.Ship]), set);
        Assert.Equal(Build([64, 130, (int)CommandKind.Ship]).GetHashCode(), set.GetHashCode());
    }

    [Fact]
    public void Add_ToASetHoldingAKindPast64_KeepsIt_AndLeavesTheOriginalUnchanged()
    {
        var set = Build([130]);
        var added = set.Add(CommandKind.ReceiveOrder);

        Assert.Equal([CommandKind.ReceiveOrder, (CommandKind)130], added.ToList());
        Assert.Equal([(CommandKind)130], set.ToList());
        Assert.Equal(added, added.Add(CommandKind.ReceiveOrder));
    }

    [Fact]
    public void Empty_IsTheDefault_AndEqualsAnEmptyBuild()
    {
        Assert.Equal(default(CommandKindSet), CommandKindSet.Empty);
        Assert.Equal(CommandKindSet.Empty, Build([]));
        Assert.Equal(CommandKindSet.Empty, CommandKindSet.Of());
        Assert.Equal(0, CommandKindSet.Empty.Count);
        Assert.Empty(CommandKindSet.Empty.ToList());
        Assert.False(CommandKindSet.Empty.Contains(CommandKind.ReceiveOrder));
        Assert.Equal(CommandKindSet.Empty, CommandKindSet.FromBits(0));
        Assert.Equal(CommandKindSet.Of(CommandKind.ReceiveOrder, CommandKind.Ship), CommandKindSet.FromBits((1UL << (int)CommandKind.ReceiveOrder) | (1UL << (int)CommandKind.Ship)));
    }

    [Property(MaxTest = 300)]
    public Property Set_BehavesLikeAHashSetOfKinds_AcrossWords() =>
        Prop.ForAll(
            Gen.Choose(0, 199).ArrayOf().Two().ToArbitrary(),
            pair =>
            {
                var (left, right) = pair;
                var set = Build(left);
                var other = Build(right);
                var model = new HashSet<int>(left);
                var otherModel = new HashSet<int>(right);

                Assert.Equal(model.Count, set.Count);
                Assert.Equal(model.Count == 0, set.IsEmpty);
                Assert.Equal(model.Order().Select(k => (CommandKind)k), set.ToList());
                for (var k = -1; k <= 260; k++)
                {
                    Assert.Equal(model.Contains(k), set.Contains((CommandKind)k));
                }

                Assert.Equal(model.SetEquals(otherModel), set == other);
                Assert.Equal(!model.SetEquals(otherModel), set != other);
                Assert.Equal(model.SetEquals(otherModel), set.Equals((object)other));
                Assert.True(!model.SetEquals(otherModel) || set.GetHashCode() == other.GetHashCode());
                Assert.Equal(set, Build(left.Reverse()));
            });

    [Property(MaxTest = 200)]
    public Property OfAndAdd_OnDefinedKinds_AgreeWithAHashSet() =>
        Prop.ForAll(
            Gen.Elements(Defined).ArrayOf().ToArbitrary(),
            kinds =>
            {
                var of = CommandKindSet.Of(kinds);
                var added = kinds.Aggregate(CommandKindSet.Empty, (s, k) => s.Add(k));
                var model = new HashSet<CommandKind>(kinds);

                Assert.Equal(of, added);
                Assert.Equal(model.Count, of.Count);
                Assert.All(Defined, k => Assert.Equal(model.Contains(k), of.Contains(k)));
                Assert.Equal(model.Order(), of.ToList());
            });
}
