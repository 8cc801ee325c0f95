using OrderKernel.Policies;
using Xunit;

namespace OrderKernel.Tests.Primitives;

/// <summary>
/// The hand-written equality members of the public value types keep the contract hosts rely on when they cache, compare
/// and de-duplicate kernel values: reflexive, equal to an equal copy with the same hash code, unequal to every value that
/// differs in one member, to null and to other types, and the same through <see cref="object.Equals(object?)"/>.
/// </summary>
public class EqualityContractTests
{
    [Fact]
    public void Actor_EqualityCoversIdNameAndRoles()
    {
        var a = Actor.Create("u-1", "Li Na", Role.OrderClerk);
        AssertContract(
            a,
            Actor.Create("u-1", "Li Na", Role.OrderClerk),
            Actor.Create("u-2", "Li Na", Role.OrderClerk),
            Actor.Create("u-1", "Li Na (clerk)", Role.OrderClerk),
            Actor.Create("u-1", "Li Na", Role.OrderClerk, Role.Finance));
    }

    [Fact]
    public void RoundingRule_EqualityCoversModeAndScale()
    {
        AssertContract(
            RoundingRule.ToScale(2, MidpointRounding.ToEven),
            RoundingRule.ToScale(2, MidpointRounding.ToEven),
            RoundingRule.ToScale(3, MidpointRounding.ToEven),
            RoundingRule.ToScale(2, MidpointRounding.AwayFromZero),
            RoundingRule.ToMinorUnit(MidpointRounding.ToEven));
        Assert.Equal("ToEven to the minor unit", RoundingRule.ToMinorUnit(MidpointRounding.ToEven).ToString());
    }

    [Fact]
    public void Quantity_EqualityCoversValueAndUnit()
    {
        AssertContract(
            Quantity.Pieces(5),
            Quantity.Of(5.0m, UnitOfMeasure.Of("pcs")),
            Quantity.Pieces(6),
            Quantity.Of(5m, UnitOfMeasure.Set));
        Assert.Equal("(no quantity)", default(Quantity).ToString());
        Assert.Throws<InvalidOperationException>(() => default(Quantity).Unit);
    }

    [Fact]
    public void UnitOfMeasure_KnownCodesAreShared_OthersCompareByCode()
    {
        Assert.Same(UnitOfMeasure.Metre, UnitOfMeasure.Of("m"));
        Assert.Same(UnitOfMeasure.Kilogram, UnitOfMeasure.Of("kg"));
        Assert.Same(UnitOfMeasure.Set, UnitOfMeasure.Of("set"));
        Assert.Same(UnitOfMeasure.Piece, UnitOfMeasure.Of("pcs"));
        AssertContract(UnitOfMeasure.Of("box"), UnitOfMeasure.Of("box"), UnitOfMeasure.Of("Box"), UnitOfMeasure.Piece);
    }

    [Fact]
    public void Violation_EqualityCoversCodeRuleAndMessage_EvenWhenTheMessageIsDeferred()
    {
        var a = Violation.Of("x.code", "Message 1.", "R1");
        AssertContract(
            a,
            Violation.Deferred("x.code", "R1", 1, static n => $"Message {n}."),
            Violation.Of("x.other", "Message 1.", "R1"),
            Violation.Of("x.code", "Message 1.", "R2"),
            Violation.Of("x.code", "Message 2.", "R1"));
    }

    [Fact]
    public void Transition_EqualityCoversEveryMember()
    {
        Transition<OrderStatus, CommandKind> T(OrderStatus from, CommandKind kind, OrderStatus to, params string[] guards) =>
            new(from, kind, to, ValueList<string>.Of(guards));
        AssertContract(
            T(OrderStatus.Inspected, CommandKind.ReleaseForShipment, OrderStatus.ReleasedForShipment, "paid"),
            T(OrderStatus.Inspected, CommandKind.ReleaseForShipment, OrderStatus.ReleasedForShipment, "paid"),
            T(OrderStatus.Received, CommandKind.ReleaseForShipment, OrderStatus.ReleasedForShipment, "paid"),
            T(OrderStatus.Inspected, CommandKind.Ship, OrderStatus.ReleasedForShipment, "paid"),
            T(OrderStatus.Inspected, CommandKind.ReleaseForShipment, OrderStatus.Shipped, "paid"),
            T(OrderStatus.Inspected, CommandKind.ReleaseForShipment, OrderStatus.ReleasedForShipment));
    }

    [Fact]
    public void ApprovalRequirement_ComparesLevelsAndExplanation_HoweverTheExplanationIsProduced()
    {
        var request = new ApprovalRequest(Money.Of(150_000m, Currency.USD), Priority.Normal, Percentage.Zero);
        var policy = ApprovalPolicy.Default;
        var decided = policy.Require(request);
        var written = new ApprovalRequirement(decided.Levels, policy.Explain(request));
        Assert.True(decided.Equals(written));
        Assert.True(decided.Equals((object)written));
        Assert.False(decided.Equals((object)"text"));
        Assert.Equal(decided.GetHashCode(), written.GetHashCode());
        Assert.False(decided.Equals(new ApprovalRequirement(decided.Levels, "another reason")));
        Assert.False(decided.Equals(new ApprovalRequirement(default, policy.Explain(request))));
        Assert.Equal(string.Empty, default(ApprovalRequirement).Explanation);
    }

    [Fact]
    public void PaymentTerms_EqualityCoversInstrumentAndInstallments_NotTheirCachedShares()
    {
        static PaymentTerms Terms(PaymentInstrument instrument, decimal deposit) => PaymentTerms.Create(
            instrument,
            Installment.Create("deposit", Percentage.Of(deposit), InstallmentDue.OnContract),
            Installment.Create("balance", Percentage.Of(100m - deposit), InstallmentDue.BeforeShipment));

        AssertContract(Terms(PaymentInstrument.TelegraphicTransfer, 30m), Terms(PaymentInstrument.TelegraphicTransfer, 30m), Terms(PaymentInstrument.LetterOfCredit, 30m), Terms(PaymentInstrument.TelegraphicTransfer, 40m), Terms(PaymentInstrument.TelegraphicTransfer, 30.5m));
        Assert.Equal(PaymentTerms.Default, Terms(PaymentInstrument.TelegraphicTransfer, 30m));
        Assert.False(PaymentTerms.Default.Equals((object?)null));
    }

    [Fact]
    public void ValueList_And_CommandKindSet_CompareByContentThroughObjectEquals()
    {
        object list = ValueList<int>.Of(1, 2, 3);
        Assert.True(list.Equals(ValueList<int>.Of(1, 2, 3)));
        Assert.False(list.Equals(ValueList<int>.Of(1, 2)));
        Assert.False(list.Equals("1, 2, 3"));

        object set = CommandKindSet.Of(CommandKind.Ship, CommandKind.CloseOrder);
        Assert.True(set.Equals(CommandKindSet.Of(CommandKind.CloseOrder, CommandKind.Ship)));
        Assert.False(set.Equals(CommandKindSet.Of(CommandKind.Ship)));
        Assert.False(set.Equals(CommandKind.Ship));
    }

    private static void AssertContract<T>(T value, T equalCopy, params T[] different)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(value));
        if (!typeof(T).IsValueType)
        {
            Assert.False(ReferenceEquals(value, equalCopy));
            Assert.False(value.Equals(default!));
        }

        Assert.True(value.Equals(equalCopy));
        Assert.True(equalCopy.Equals(value));
        Assert.True(value.Equals((object?)equalCopy));
        Assert.Equal(value.GetHashCode(), equalCopy.GetHashCode());
        Assert.False(value.Equals((object?)null));
        Assert.False(value.Equals(new object()));
        foreach (var other in different)
        {
            Assert.False(value.Equals(other), $"{value} should differ from {other}");
            Assert.False(value.Equals((object?)other));
        }
    }
}
