using OrderKernel.Policies;
using Xunit;

namespace OrderKernel.Tests.Primitives;

/// <summary>
/// Exact behaviour of the value types at their boundaries: the examples mutation testing showed were missing
/// (comparisons at equality, scales, formatting, the currency table).
/// </summary>
public class ValueTypeTests
{
    private static readonly Money Ten = Money.Of(10m, Currency.USD);
    private static readonly Money Twenty = Money.Of(20m, Currency.USD);

    [Fact]
    public void Money_MaxAndMin_PickTheRightOne_AndTheFirstOnATie()
    {
        Assert.Equal(Twenty, Money.Max(Ten, Twenty));
        Assert.Equal(Twenty, Money.Max(Twenty, Ten));
        Assert.Equal(Ten, Money.Min(Ten, Twenty));
        Assert.Equal(Ten, Money.Min(Twenty, Ten));
        var tenAgain = Money.Of(10.00m, Currency.USD);
        Assert.Equal(Ten, Money.Max(Ten, tenAgain));
        Assert.Equal(Ten, Money.Min(Ten, tenAgain));
    }

    [Fact]
    public void Money_Comparisons_AtEquality()
    {
        Assert.True(Ten <= Money.Of(10m, Currency.USD));
        Assert.True(Ten >= Money.Of(10m, Currency.USD));
        Assert.False(Ten < Money.Of(10m, Currency.USD));
        Assert.False(Ten > Money.Of(10m, Currency.USD));
        Assert.True(Ten < Twenty);
        Assert.True(Twenty > Ten);
        Assert.Equal(0, Ten.CompareTo(Money.Of(10m, Currency.USD)));
        Assert.True(Ten.CompareTo(Twenty) < 0);
        Assert.Throws<InvalidOperationException>(() => Ten.CompareTo(Money.Of(10m, Currency.EUR)));
    }

    [Fact]
    public void Money_Times_And_Multiplication_AreExact()
    {
        Assert.Equal(Money.Of(30m, Currency.USD), Ten.Times(3));
        Assert.Equal(Money.Of(30m, Currency.USD), Ten * 3);
        Assert.Equal(Money.Of(-10m, Currency.USD), Ten.Times(-1));
        Assert.Equal("30.00", (Ten * 3).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Money_Equality_And_Hash_FollowAmountAndCurrency()
    {
        object boxed = Money.Of(10m, Currency.USD);
        Assert.True(Ten.Equals(boxed));
        Assert.False(Ten.Equals((object)Money.Of(10m, Currency.EUR)));
        Assert.False(Ten.Equals("10.00 USD"));
        Assert.Equal(Ten.GetHashCode(), Money.Of(10.000m / 1m, Currency.USD).GetHashCode());
        Assert.NotEqual(Ten, Money.Of(10m, Currency.EUR));
        Assert.True(Ten != Money.Of(10m, Currency.EUR));
        Assert.True(Ten == Money.Of(10m, Currency.USD));
    }

    [Fact]
    public void Money_ToString_UsesTheCurrencysScale_AndNamesDefault()
    {
        Assert.Equal("1,234.50 USD", Money.Of(1234.5m, Currency.USD).ToString());
        Assert.Equal("1,235 JPY", Money.Of(1235m, Currency.JPY).ToString());
        Assert.Equal("1.250 KWD", Money.Of(1.25m, Currency.KWD).ToString());
        Assert.Equal("(no money)", default(Money).ToString());
        Assert.Throws<InvalidOperationException>(() => default(Money).Currency);
    }

    [Theory]
    [InlineData("5.000", "JPY", "5", 5L)]
    [InlineData("170000", "USD", "170000.00", 17_000_000L)]
    [InlineData("0.1", "KWD", "0.100", 100L)]
    [InlineData("-2.5", "EUR", "-2.50", -250L)]
    public void Money_Of_GivesExactlyTheCurrencysScale(string amount, string code, string expected, long minorUnits)
    {
        var money = Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.FromCode(code));
        Assert.Equal(expected, money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(minorUnits, money.MinorUnits);
        Assert.Equal(money, Money.FromMinorUnits(minorUnits, Currency.FromCode(code)));
    }

    [Fact]
    public void Money_TryOf_RefusesMoreDecimalsThanTheMinorUnit_AndOfExplains()
    {
        Assert.False(Money.TryOf(1.005m, Currency.USD, out _));
        Assert.False(Money.TryOf(1.5m, Currency.JPY, out _));
        Assert.True(Money.TryOf(1.0500m, Currency.USD, out var trailing));
        Assert.Equal("1.05", trailing.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var e = Assert.Throws<ArgumentException>(() => Money.Of(1.005m, Currency.USD));
        Assert.Contains("1.005 has more decimal places than USD allows (2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_MinorUnits_BeyondALongsMantissaFallsBackExactly()
    {
        var big = Money.FromMinorUnits(long.MaxValue, Currency.USD);
        Assert.Equal(long.MaxValue, big.MinorUnits);
        var min = Money.FromMinorUnits(long.MinValue, Currency.USD);
        Assert.Equal(long.MinValue, min.MinorUnits);
        Assert.Equal(-92_233_720_368_547_758.08m, min.Amount);
        Assert.Equal(92_233_720_368_547_758.07m, big.Amount);
        Assert.Equal(0L, Money.FromMinorUnits(0, Currency.USD).MinorUnits);
    }

    [Fact]
    public void Currency_Table_Codes_And_Equality()
    {
        Assert.Contains(Currency.All, c => c.Code == "GBP" && c.MinorUnits == 2);
        Assert.Equal(3, Currency.KWD.MinorUnits);
        Assert.Equal(0, Currency.JPY.MinorUnits);
        Assert.False(Currency.TryFromCode(null, out var none));
        Assert.Null(none);
        Assert.False(Currency.TryFromCode("XXX", out _));
        Assert.Same(Currency.USD, Currency.FromCode("USD"));
        var e = Assert.Throws<ArgumentException>(() => Currency.FromCode("usd"));
        Assert.Contains("'usd' is not a known ISO 4217 currency code", e.Message, StringComparison.Ordinal);
        Assert.True(Currency.USD == Currency.FromCode("USD"));
        Assert.True(Currency.USD != Currency.EUR);
        Assert.False(Currency.USD == null);
        Assert.True((Currency?)null == null);
        Assert.False(Currency.USD.Equals((object)"USD"));
        Assert.True(Currency.USD.Equals((object)Currency.USD));
        Assert.Equal(StringComparer.Ordinal.GetHashCode("USD"), Currency.USD.GetHashCode());
        Assert.Equal("USD", Currency.USD.ToString());
    }

    [Fact]
    public void Percentage_Comparisons_Equality_AndText()
    {
        var five = Percentage.Of(5m);
        var fiveAgain = Percentage.Of(5.0m);
        var six = Percentage.Of(6m);
        Assert.True(five == fiveAgain);
        Assert.False(five != fiveAgain);
        Assert.True(five.Equals((object)fiveAgain));
        Assert.False(five.Equals((object)5m));
        Assert.Equal(five.GetHashCode(), fiveAgain.GetHashCode());
        Assert.True(five < six);
        Assert.False(six < five);
        Assert.True(six > five);
        Assert.False(five > six);
        Assert.True(five <= fiveAgain);
        Assert.True(five >= fiveAgain);
        Assert.False(six <= five);
        Assert.False(five >= six);
        Assert.Equal(0, five.CompareTo(fiveAgain));
        Assert.True(five.CompareTo(six) < 0);
        Assert.Equal("5 %", five.ToString());
        Assert.Equal("0.5 %", Percentage.Of(0.5m).ToString());
        Assert.Throws<ArgumentException>(() => Percentage.Of(-0.01m));
        Assert.Equal(Money.Of(0.43m, Currency.USD), Percentage.Of(8.5m).Of(Money.Of(5m, Currency.USD), RoundingRule.Default));
    }

    [Fact]
    public void PenaltyInput_RefusesNegatives_AndPicksItsBase()
    {
        var c = Money.Of(100m, Currency.USD);
        var d = Money.Of(60m, Currency.USD);
        var u = Money.Of(40m, Currency.USD);
        var input = new PenaltyInput(3, c, d, u, 2);
        Assert.Equal(c, input.Value(PenaltyBase.ContractValue));
        Assert.Equal(d, input.Value(PenaltyBase.DelayedValue));
        Assert.Equal(u, input.Value(PenaltyBase.UndeliveredValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => input.Value((PenaltyBase)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PenaltyInput(-1, c, d, u, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PenaltyInput(0, c, d, u, -1));
        var zero = new PenaltyInput(0, c, d, u, 0);
        Assert.Equal(0, zero.DaysLate);
        Assert.Equal(0, zero.ResponsibleParties);
    }

    [Fact]
    public void FixedPerDay_Explains_ItsDailyAmount()
    {
        var c = Money.Of(100m, Currency.USD);
        var policy = DelayPenaltyPolicy.FixedPerDay(50m);
        var input = new PenaltyInput(4, c, c, c, 1);
        Assert.Equal(200m, policy.Assess(input).Amount);
        var line = Assert.Single(policy.Explain(input));
        Assert.Equal("50 USD per day", line.Step);
        Assert.Equal(200m, line.Amount);
        Assert.Equal(4, line.Days);
    }

    [Fact]
    public void DeliveryTolerance_AnAbsoluteCapTightensThePercentage_AndNeverLoosensIt_R32()
    {
        // ±5 % of 10,000 m is 500 m; a 200 m cap over and a 1,000 m cap under: the tighter one applies each way.
        var tolerance = DeliveryTolerance.Create(Percentage.Of(5m), Percentage.Of(5m), overAbsolute: 200m, underAbsolute: 1_000m);
        Assert.Equal(10_200m, tolerance.Maximum(10_000m));
        Assert.Equal(9_500m, tolerance.Minimum(10_000m));

        var uncapped = DeliveryTolerance.Create(Percentage.Of(10m), Percentage.Of(2m));
        Assert.Equal(11_000m, uncapped.Maximum(10_000m));
        Assert.Equal(9_800m, uncapped.Minimum(10_000m));
        Assert.Equal(tolerance, DeliveryTolerance.Create(Percentage.Of(5m), Percentage.Of(5m), 200m, 1_000m));

        Assert.Throws<ArgumentException>(() => DeliveryTolerance.Create(Percentage.Of(5m), Percentage.Of(5m), overAbsolute: -1m));
        Assert.Throws<ArgumentException>(() => DeliveryTolerance.Create(Percentage.Of(5m), Percentage.Of(5m), underAbsolute: -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeliveryTolerance.Create(Percentage.Of(5m), Percentage.Of(101m)));
    }
}
