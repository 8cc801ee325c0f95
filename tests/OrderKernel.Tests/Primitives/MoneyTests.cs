using Xunit;

namespace OrderKernel.Tests.Primitives;

public class MoneyTests
{
    private static readonly Money Thousand = Money.Of(1_000m, Currency.USD);

    [Fact]
    public void Of_WholeAmount_CarriesTheCurrencyScale()
    {
        var m = Money.Of(170000m, Currency.USD);
        Assert.Equal("170000.00", m.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(17_000_000L, m.MinorUnits);
    }

    [Theory]
    [InlineData("USD", 2)]
    [InlineData("CNY", 2)]
    [InlineData("EUR", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    public void Currency_KnowsItsMinorUnits(string code, int minorUnits) =>
        Assert.Equal(minorUnits, Currency.FromCode(code).MinorUnits);

    [Theory]
    [InlineData(1.005, "USD")]
    [InlineData(1.5, "JPY")]
    [InlineData(0.0001, "KWD")]
    public void Of_MoreDecimalsThanTheCurrency_Throws(double amount, string code) =>
        Assert.Throws<ArgumentException>(() => Money.Of((decimal)amount, Currency.FromCode(code)));

    [Fact]
    public void TryOf_MoreDecimals_ReturnsFalse() => Assert.False(Money.TryOf(1.005m, Currency.USD, out _));

    [Fact]
    public void FromCode_UnknownCode_Throws() => Assert.Throws<ArgumentException>(() => Currency.FromCode("XYZ"));

    [Fact]
    public void Add_AcrossCurrencies_IsRefused()
    {
        var usd = Money.Of(1m, Currency.USD);
        var eur = Money.Of(1m, Currency.EUR);
        Assert.Throws<InvalidOperationException>(() => usd + eur);
        Assert.Throws<InvalidOperationException>(() => usd < eur);
    }

    [Fact]
    public void Default_HasNoCurrency() => Assert.Throws<InvalidOperationException>(() => default(Money).Currency);

    [Theory]
    [InlineData(2.345, "AwayFromZero", 2.35)]
    [InlineData(2.345, "ToEven", 2.34)]
    [InlineData(-2.345, "AwayFromZero", -2.35)]
    public void RoundingRule_RoundsWithItsExplicitMode(double exact, string mode, double expected)
    {
        var rule = RoundingRule.ToMinorUnit(Enum.Parse<MidpointRounding>(mode));
        Assert.Equal((decimal)expected, rule.Apply((decimal)exact, Currency.USD).Amount);
    }

    [Fact]
    public void RoundingRule_Default_IsCommercialToTheMinorUnit()
    {
        Assert.Equal(MidpointRounding.AwayFromZero, RoundingRule.Default.Mode);
        Assert.Equal(3m, RoundingRule.Default.Apply(2.5m, Currency.JPY).Amount);
    }

    [Fact]
    public void RoundingRule_ScaleFinerThanCurrency_Throws() =>
        Assert.Throws<ArgumentException>(() => RoundingRule.ToScale(3, MidpointRounding.AwayFromZero).Apply(1m, Currency.USD));

    [Fact]
    public void RoundingRule_CoarserScale_RoundsToWholeUnits() =>
        Assert.Equal(12m, RoundingRule.ToScale(0, MidpointRounding.AwayFromZero).Apply(11.5m, Currency.CNY).Amount);

    [Fact]
    public void Allocate_ThirtySeventy_GivesTheSeedsDepositAndBalance_R17()
    {
        var parts = Money.Of(170_000.00m, Currency.USD).Allocate([30m, 70m]);
        Assert.Equal(Money.Of(51_000.00m, Currency.USD), parts[0]);
        Assert.Equal(Money.Of(119_000.00m, Currency.USD), parts[1]);
    }

    [Fact]
    public void Allocate_OneCentThreeWays_GivesTheRemainderToTheFirstByIndex()
    {
        var parts = Money.Of(0.01m, Currency.USD).Allocate([1m, 1m, 1m]);
        Assert.Equal([0.01m, 0m, 0m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_HundredInThirds_SumsExactly()
    {
        var parts = Money.Of(100m, Currency.USD).Allocate([1m, 1m, 1m]);
        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_Negative_IsSymmetric()
    {
        var parts = Money.Of(-100m, Currency.USD).Allocate([1m, 1m, 1m]);
        Assert.Equal([-33.34m, -33.33m, -33.33m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_InvalidWeights_Throw()
    {
        var m = Money.Of(1m, Currency.USD);
        Assert.Throws<ArgumentException>(() => m.Allocate([]));
        Assert.Throws<ArgumentException>(() => m.Allocate([0m, 0m]));
        Assert.Throws<ArgumentException>(() => m.Allocate([1m, -1m]));
    }

    [Fact]
    public void ToString_IsInvariant() => Assert.Equal("170,000.00 USD", Money.Of(170_000m, Currency.USD).ToString());

    [Fact]
    public void Money_ProgrammerErrors_AreExplained()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Of(1m, null!));
        Assert.Throws<ArgumentNullException>(() => Money.TryOf(1m, null!, out _));
        Assert.Throws<ArgumentNullException>(() => Money.FromMinorUnits(1, null!));
        Assert.Throws<ArgumentNullException>(() => Thousand.Multiply(2m, null!));
        Assert.Equal("default(Money) has no currency; create money with Money.Of.", Assert.Throws<InvalidOperationException>(() => default(Money).Currency).Message);
        Assert.Equal("Cannot combine USD with EUR: arithmetic across currencies is refused.", Assert.Throws<InvalidOperationException>(() => Thousand + Money.Of(1m, Currency.EUR)).Message);
        Assert.StartsWith("At least one weight is required.", Assert.Throws<ArgumentException>(() => Thousand.Allocate([])).Message, StringComparison.Ordinal);
        Assert.StartsWith("Weights must not be negative.", Assert.Throws<ArgumentException>(() => Thousand.Allocate([1m, -1m])).Message, StringComparison.Ordinal);
        Assert.StartsWith("The weights must not all be zero.", Assert.Throws<ArgumentException>(() => Thousand.Allocate([0m, 0m])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_LargeAmountsAndWeights_NeverOverflow_AndStayExact()
    {
        // Products beyond a long take the exact path: amount × weight would overflow 64 bits here.
        var huge = Money.FromMinorUnits(long.MaxValue / 2, Currency.USD);
        var parts = huge.Allocate([3m, 7m]);
        Assert.Equal(huge, parts[0] + parts[1]);
        Assert.Equal(1_383_505_805_528_216_371L, parts[0].MinorUnits);
        var big = Money.FromMinorUnits(1_000_000_000, Currency.USD).Allocate([1_000_000_000_000_000m, 3_000_000_000_000_000m]);
        Assert.Equal([250_000_000L, 750_000_000L], big.Select(p => p.MinorUnits));
    }

    [Fact]
    public void Allocate_WeightsWithWideMantissas_AreSplitExactly()
    {
        // Weights whose mantissas need more than 64 bits (checked against exact rational arithmetic).
        var parts = Money.FromMinorUnits(1_000_003, Currency.USD).Allocate([123456789012345678901.5m, 98765432109876543210.25m, 12345678901.5m]);
        Assert.Equal([555_557L, 444_446L, 0L], parts.Select(p => p.MinorUnits));
        Assert.Equal([1_000L, 0L, 0L], Money.FromMinorUnits(1_000, Currency.USD).Allocate([123456789012345678901.5m, 0.5m, 12345678901.5m]).Select(p => p.MinorUnits));
    }

    [Fact]
    public void Allocate_ATieBetweenTheFirstTwoFractionalWeights_GoesToTheFirst()
    {
        Assert.Equal([1L, 0L], Money.FromMinorUnits(1, Currency.USD).Allocate([0.5m, 0.5m]).Select(p => p.MinorUnits));
        Assert.Equal([1L, 0L], Money.FromMinorUnits(1, Currency.USD).Allocate([1m, 1m]).Select(p => p.MinorUnits));
        Assert.Equal([-1L, 0L], Money.FromMinorUnits(-1, Currency.USD).Allocate([0.5m, 0.5m]).Select(p => p.MinorUnits));
    }
}

public class QuantityAndPercentageTests
{
    [Fact]
    public void Quantity_AcrossUnits_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => Quantity.Of(1, UnitOfMeasure.Metre).Add(Quantity.Of(1, UnitOfMeasure.Kilogram)));

    [Fact]
    public void Quantity_Negative_Throws() => Assert.Throws<ArgumentException>(() => Quantity.Pieces(-1));

    [Fact]
    public void Quantity_SubtractBelowZero_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Quantity.Pieces(1).Subtract(Quantity.Pieces(2)));

    [Fact]
    public void Percentage_Of_RoundsExplicitly() =>
        Assert.Equal(Money.Of(13.60m, Currency.USD), Percentage.Of(8).Of(Money.Of(170.00m, Currency.USD), RoundingRule.Default));

    [Fact]
    public void Percentage_Negative_Throws() => Assert.Throws<ArgumentException>(() => Percentage.Of(-1));

    [Fact]
    public void Identifiers_OfDifferentKinds_AreNotEqual() =>
        Assert.NotEqual<object>(OrderId.From("1"), CustomerId.From("1"));

    [Fact]
    public void Identifier_Blank_Throws() => Assert.Throws<ArgumentException>(() => OrderId.From(" "));

    [Fact]
    public void ValueList_ComparesByContent()
    {
        Assert.Equal(ValueList<int>.Of(1, 2), ValueList<int>.From([1, 2]));
        Assert.NotEqual(ValueList<int>.Of(1, 2), ValueList<int>.Of(2, 1));
        Assert.Equal(ValueList<int>.Empty, default);
    }

    [Fact]
    public void Allocate_EqualRemainders_GoToTheFirst_EvenWhenTheWeightsAreFractions_R17()
    {
        // 7,313,943 cents by these weights leaves 3 cents; remainders tie pairwise (0 and 5, then 2 and 3): exact arithmetic
        // gives them to 0, 5 and 2. A decimal quotient rounded to 28 digits would have ranked 3 above 2.
        var money = Money.FromMinorUnits(7_313_943, Currency.USD);
        decimal[] weights = [893, 298, 120, 757, 805, 529, 147];
        long[] expected = [1_840_336, 614_132, 247_302, 1_560_060, 1_658_981, 1_090_188, 302_944];
        Assert.Equal(expected, money.Allocate(weights).Select(m => m.MinorUnits));
        Assert.Equal(expected, money.Allocate(weights.Select(w => w / 2m).ToArray()).Select(m => m.MinorUnits));
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool FromMinorUnits_RoundTripsThroughMinorUnits_InEveryScale(long units, bool jpy) =>
        Money.FromMinorUnits(units, jpy ? Currency.JPY : Currency.USD).MinorUnits == units
        && Money.FromMinorUnits(units, Currency.USD).Amount == units / 100m
        && Money.FromMinorUnits(units, Currency.USD).Amount.Scale == 2;

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Percentage_Fraction_IsTheValueOverAHundred(uint hundredths) =>
        Percentage.Of(hundredths / 100m).Fraction == hundredths / 10_000m
        && Percentage.Of(hundredths).Fraction == hundredths / 100m;

    [Fact]
    public void Percentage_Fraction_KeepsTwoMoreDecimals_AndTheSmallestScales()
    {
        Assert.Equal("0.30", Percentage.Of(30m).Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.005", Percentage.Of(0.5m).Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.000000000000000000000000001m / 100m, Percentage.Of(0.000000000000000000000000001m).Fraction);
        Assert.Equal(0.00000000000000000000000001m / 100m, Percentage.Of(0.00000000000000000000000001m).Fraction);
    }

    [Fact]
    public void Quantity_AddsAndSubtractsInItsUnit_NeverBelowZero()
    {
        var ten = Quantity.Of(10m, UnitOfMeasure.Metre);
        var three = Quantity.Of(3m, UnitOfMeasure.Metre);
        Assert.Equal(Quantity.Of(13m, UnitOfMeasure.Metre), ten.Add(three));
        Assert.Equal(Quantity.Of(7m, UnitOfMeasure.Metre), ten.Subtract(three));
        Assert.Equal(Quantity.Of(0m, UnitOfMeasure.Metre), ten.Subtract(ten));
        var below = Assert.Throws<InvalidOperationException>(() => three.Subtract(ten));
        Assert.Equal("A quantity cannot become negative.", below.Message);
        Assert.True(ten != three);
        Assert.False(ten != Quantity.Of(10m, UnitOfMeasure.Metre));
    }

    [Fact]
    public void Percentage_Comparisons_AtEquality()
    {
        Assert.False(Percentage.Of(5m) < Percentage.Of(5m));
        Assert.True(Percentage.Of(4.99m) < Percentage.Of(5m));
    }
}
