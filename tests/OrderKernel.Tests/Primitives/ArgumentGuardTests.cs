using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Primitives;

/// <summary>
/// Examples written from the fourth mutation run's survivors (issue 11): the argument checks of the primitives, which
/// the rest of the suite never trips because it only builds valid values, and the texts people read.
/// </summary>
public class ArgumentGuardTests
{
    [Fact]
    public void Actor_NeedsAName_AndNoMissingRole()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Actor.Create("u-1", " ", Role.Finance)).ParamName);
        Assert.Equal("roles", Assert.Throws<ArgumentNullException>(() => Actor.Create("u-1", "Li Na", Role.Finance, null!)).ParamName);
        Assert.Equal("Li Na (u-1)", Actor.Create("u-1", "Li Na", Role.Finance).ToString());
    }

    [Fact]
    public void Currency_BlankCode_IsAnArgumentError_NotAnUnknownCurrency()
    {
        var blank = Assert.Throws<ArgumentException>(() => Currency.FromCode("  "));
        Assert.Equal("code", blank.ParamName);
        Assert.DoesNotContain("ISO 4217", blank.Message, StringComparison.Ordinal);
        Assert.Contains("'XXY' is not a known ISO 4217 currency code.", Assert.Throws<ArgumentException>(() => Currency.FromCode("XXY")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_NameIsChecked_AndWellKnownNamesGiveTheWellKnownInstances()
    {
        Assert.Throws<ArgumentException>(() => Role.Of(" "));
        Assert.Throws<ArgumentException>(() => Role.Of(new string('r', 65)));
        Assert.Equal(new string('r', 64), Role.Of(new string('r', 64)).Name);
        Assert.Same(Role.Finance, Role.Of("finance"));
        Assert.Same(Role.Customer, Role.Of("customer"));
    }

    [Fact]
    public void UnitOfMeasure_CodeIsChecked()
    {
        Assert.Throws<ArgumentException>(() => UnitOfMeasure.Of(" "));
        Assert.Throws<ArgumentException>(() => UnitOfMeasure.Of(new string('m', 17)));
        Assert.Equal(new string('m', 16), UnitOfMeasure.Of(new string('m', 16)).Code);
        Assert.StartsWith("A unit code contains no white space.", Assert.Throws<ArgumentException>(() => UnitOfMeasure.Of("sq m")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundingRule_ScaleIsChecked_AndExplained()
    {
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => RoundingRule.ToScale(29, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => RoundingRule.ToScale(-1, MidpointRounding.ToEven)).ParamName);
        Assert.Equal(28, RoundingRule.ToScale(28, MidpointRounding.ToEven).Scale);
        Assert.StartsWith("A scale of 3 is finer than the minor unit of USD (2).", Assert.Throws<ArgumentException>(() => RoundingRule.ToScale(3, MidpointRounding.ToEven).Apply(1m, Currency.USD)).Message, StringComparison.Ordinal);
        Assert.Equal("ToEven to 1 decimals", RoundingRule.ToScale(1, MidpointRounding.ToEven).ToString());
        Assert.Equal("AwayFromZero to the minor unit", RoundingRule.ToMinorUnit(MidpointRounding.AwayFromZero).ToString());
    }

    [Fact]
    public void Quantity_Errors_AreExplained()
    {
        var pcs = UnitOfMeasure.Of("pcs");
        Assert.Equal("default(Quantity) has no unit; create one with Quantity.Of.", Assert.Throws<InvalidOperationException>(() => default(Quantity).Unit).Message);
        Assert.Equal("A quantity cannot become negative.", Assert.Throws<InvalidOperationException>(() => Quantity.Of(1m, pcs).Subtract(Quantity.Of(2m, pcs))).Message);
        Assert.Equal("Cannot combine pcs with m: arithmetic across units is refused.", Assert.Throws<InvalidOperationException>(() => Quantity.Of(1m, pcs).Add(Quantity.Of(1m, UnitOfMeasure.Of("m")))).Message);
        Assert.True(Quantity.Of(1m, pcs) != Quantity.Of(2m, pcs));
        Assert.False(Quantity.Of(1m, pcs) != Quantity.Of(1m, pcs));
    }

    [Fact]
    public void ValueList_IndexErrors_AreExplained_AndTheHashDependsOnTheItems()
    {
        ValueList<int> list = [1, 2, 3];
        const string Outside = "The index is outside the list.";
        Assert.StartsWith(Outside, Assert.Throws<ArgumentOutOfRangeException>(() => list[3]).Message, StringComparison.Ordinal);
        Assert.StartsWith(Outside, Assert.Throws<ArgumentOutOfRangeException>(() => list.SetItem(-1, 0)).Message, StringComparison.Ordinal);
        Assert.StartsWith(Outside, Assert.Throws<ArgumentOutOfRangeException>(() => list.RemoveAt(3)).Message, StringComparison.Ordinal);

        // Lists of equal length but different items: with the items left out of the hash, all of these would collide.
        var hashes = Enumerable.Range(0, 8).Select(i => ValueList<int>.Of(i, i + 1).GetHashCode()).Distinct().Count();
        Assert.True(hashes > 1);
    }

    [Fact]
    public void ReleaseHold_WithoutANote_RecordsAnEmptyNote_R33()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Do(new PlaceHold(HoldCode.Credit, "credit check"), Actors.FinanceManager);
        var released = Assert.IsType<HoldReleased>(Assert.Single(s.Do(new ReleaseHold(null!), Actors.FinanceManager).Events));
        Assert.Equal(string.Empty, released.Note);
        s.Do(new PlaceHold(HoldCode.Credit, "credit check"), Actors.FinanceManager);
        Assert.Equal("limit raised", Assert.IsType<HoldReleased>(Assert.Single(s.Do(new ReleaseHold("limit raised"), Actors.FinanceManager).Events)).Note);
    }

    [Fact]
    public void CancellationPolicy_Texts_R36()
    {
        Assert.Throws<ArgumentNullException>(() => CancellationPolicy.Default.Assess(null!, Money.Of(1m, Currency.USD)));
        Assert.Throws<ArgumentNullException>(() => CancellationInput.Of(null!));
        Assert.Throws<ArgumentNullException>(() => AcceptanceInput.Of(null!));
        Assert.Throws<ArgumentNullException>(() => ChangeRoutingInput.Of(null!));
        var before = CancellationPolicy.Default.Assess(CancellationInput.Of(TvOrder.Through(Stage.Reviewed).Current), Money.Of(1m, Currency.USD));
        Assert.Equal("Cancelled before the contract came into force: free of charge (R15, R36).", before.Explanation);
        Assert.True(before.Charge.IsZero);

        var released = CancellationPolicy.Default.Assess(CancellationInput.Of(TvOrder.Through(Stage.Released).Current), Money.Of(1m, Currency.USD));
        Assert.Equal("Refused after the shipment release.", released.Explanation);
        Assert.NotNull(released.Refusal);
    }
}
