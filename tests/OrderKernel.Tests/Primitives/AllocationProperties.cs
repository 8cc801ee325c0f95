using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace OrderKernel.Tests.Primitives;

public class AllocationProperties
{
    private static Arbitrary<(long Total, int[] Weights)> Inputs() =>
        (from total in Gen.Choose(-10_000_000, 10_000_000)
         from count in Gen.Choose(1, 8)
         from weights in Gen.Choose(0, 1000).ArrayOf(count)
         where weights.Sum() > 0
         select ((long)total, weights)).ToArbitrary();

    // The largest-remainder rule as first written: each unit left over goes, one search at a time, to the part with the
    // largest remainder not yet served, ties to the earlier part (n² in the parts; the kernel sorts once instead).
    private static long[] LargestRemainderBySearch(long total, decimal[] weights)
    {
        var scale = weights.Max(w => w.Scale);
        var scaled = weights.Select(w => new System.Numerics.BigInteger(w * (decimal)Math.Pow(10, scale))).ToArray();
        var sum = scaled.Aggregate(System.Numerics.BigInteger.Zero, (a, b) => a + b);
        var absolute = Math.Abs(total);
        var units = new long[weights.Length];
        var remainders = new System.Numerics.BigInteger[weights.Length];
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            units[i] = (long)System.Numerics.BigInteger.DivRem(absolute * scaled[i], sum, out remainders[i]);
            given += units[i];
        }

        for (var left = absolute - given; left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < remainders.Length; i++)
            {
                if (remainders[i].Sign >= 0 && (best < 0 || remainders[i] > remainders[best]))
                {
                    best = i;
                }
            }

            units[best]++;
            remainders[best] = System.Numerics.BigInteger.MinusOne;
        }

        return units.Select(u => total < 0 ? -u : u).ToArray();
    }

    /// <summary>Many parts (installments, lines rounded per document), fractional weights and many ties: the same split as the search.</summary>
    [Property(MaxTest = 300)]
    public Property Allocate_OfManyParts_GivesTheSplitOfTheOneUnitAtATimeSearch() =>
        Prop.ForAll(
            (from total in Gen.Choose(-10_000_000, 10_000_000)
             from count in Gen.Choose(1, 300)
             from weights in Gen.Elements(0m, 1m, 1m, 3m, 0.5m, 0.333m, 7.25m, 12m, 33.333m).ArrayOf(count)
             where weights.Sum() > 0m
             select ((long)total, weights)).ToArbitrary(),
            input =>
            {
                var parts = Money.FromMinorUnits(input.Item1, Currency.USD).Allocate(input.weights);
                Assert.Equal(LargestRemainderBySearch(input.Item1, input.weights), parts.Select(p => p.MinorUnits).ToArray());
            });

    /// <summary>
    /// The one split in every integer width, on inputs near the 64- and 128-bit bounds: a width that holds every
    /// intermediate (the scaled weights, their sum, the products with the amount, the largest power of ten) gives
    /// BigInteger's split, a narrower one throws (the arithmetic is checked, it never wraps), and Allocate's own choice of
    /// width never throws and gives the same split.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property LargestRemainder_AgreesAcrossWidths_NearTheirBounds() =>
        Prop.ForAll(
            (from target in Gen.Elements(60, 62, 63, 64, 65, 66, 68, 124, 126, 127, 128, 129, 130, 132)
             from amountBits in Gen.Choose(0, 62)
             from scale in Gen.Elements(0, 0, 2, 6, 20, 28)
             from count in Gen.Choose(1, 5)
             from parts in (from lo in Gen.Choose(int.MinValue, int.MaxValue)
                            from mid in Gen.Choose(int.MinValue, int.MaxValue)
                            from hi in Gen.Choose(int.MinValue, int.MaxValue)
                            from lower in Gen.Elements(0, 0, 0, 1, 2)
                            select (lo, mid, hi, lower)).ArrayOf(count)
             from high in Gen.Choose(0, int.MaxValue)
             from low in Gen.Choose(int.MinValue, int.MaxValue)
             select (target, amountBits, scale, parts, amount: (high, low))).ToArbitrary(),
            input =>
            {
                var (target, amountBits, scale, parts, amount) = input;
                var weightBits = Math.Clamp(target - amountBits, 1, 96);
                var mask = (System.Numerics.BigInteger.One << weightBits) - 1;
                var mantissas = parts.Select(p => ((((System.Numerics.BigInteger)unchecked((uint)p.hi)) << 64) | (((System.Numerics.BigInteger)unchecked((uint)p.mid)) << 32) | unchecked((uint)p.lo)) & mask).ToArray();
                if (mantissas.All(m => m.IsZero))
                {
                    return;
                }

                var weights = mantissas.Select((m, i) => new decimal(unchecked((int)(uint)(m & uint.MaxValue)), unchecked((int)(uint)((m >> 32) & uint.MaxValue)), unchecked((int)(uint)(m >> 64)), false, (byte)Math.Max(0, scale - parts[i].lower))).ToArray();
                var absolute = (long)((((ulong)amount.high << 32) | unchecked((uint)amount.low)) & ((1UL << amountBits) - 1));
                var maxScale = weights.Max(w => w.Scale);
                var scaled = mantissas.Select((m, i) => m * System.Numerics.BigInteger.Pow(10, maxScale - weights[i].Scale)).ToArray();
                var largest = new[] { scaled.Aggregate(System.Numerics.BigInteger.Add), absolute * scaled.Max(), System.Numerics.BigInteger.Pow(10, maxScale - weights.Min(w => w.Scale)) }.Max();

                var n = weights.Length;
                var expected = new long[n];
                Money.LargestRemainder(weights, maxScale, (System.Numerics.BigInteger)absolute, new System.Numerics.BigInteger[n], new System.Numerics.BigInteger[n], expected);
                Assert.Equal(expected, Money.FromMinorUnits(absolute, Currency.USD).Allocate(weights).Select(p => p.MinorUnits));

                var inULong = new long[n];
                if (largest <= ulong.MaxValue)
                {
                    Money.LargestRemainder(weights, maxScale, (ulong)absolute, new ulong[n], new ulong[n], inULong);
                    Assert.Equal(expected, inULong);
                }
                else
                {
                    Assert.Throws<OverflowException>(() => Money.LargestRemainder(weights, maxScale, (ulong)absolute, new ulong[n], new ulong[n], inULong));
                }

                var inUInt128 = new long[n];
                if (largest <= UInt128.MaxValue)
                {
                    Money.LargestRemainder(weights, maxScale, (UInt128)absolute, new UInt128[n], new UInt128[n], inUInt128);
                    Assert.Equal(expected, inUInt128);
                }
                else
                {
                    Assert.Throws<OverflowException>(() => Money.LargestRemainder(weights, maxScale, (UInt128)absolute, new UInt128[n], new UInt128[n], inUInt128));
                }
            });

    [Property(MaxTest = 500)]
    public Property Allocate_PreservesTheTotal() =>
        Prop.ForAll(Inputs(), input =>
        {
            var money = Money.FromMinorUnits(input.Total, Currency.USD);
            var parts = money.Allocate(input.Weights.Select(w => (decimal)w).ToArray());
            return parts.Aggregate(Money.Zero(Currency.USD), (a, b) => a + b) == money;
        });

    [Property(MaxTest = 500)]
    public Property Allocate_KeepsEachPartBetweenFloorAndCeilingOfItsExactShare() =>
        Prop.ForAll(Inputs(), input =>
        {
            var parts = Money.FromMinorUnits(input.Total, Currency.USD).Allocate(input.Weights.Select(w => (decimal)w).ToArray());
            var sum = (decimal)input.Weights.Sum();
            for (var i = 0; i < parts.Count; i++)
            {
                var exact = Math.Abs(input.Total) * input.Weights[i] / sum;
                var units = Math.Abs(parts[i].MinorUnits);
                if (units < Math.Floor(exact) || units > Math.Ceiling(exact))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property PaymentTerms_AmountOf_IsTheSplitsPart_R17() =>
        Prop.ForAll(
            (from total in Gen.Choose(-50_000_000, 50_000_000)
             from scale in Gen.Elements(1L, 1L, 1_000_000L, 100_000_000L)
             from first in Gen.Choose(1, 98)
             from second in Gen.Choose(1, 99 - first)
             from cents in Gen.Elements(0m, 0m, 0.25m, 0.33m)
             select (total: total * scale, first, second, cents)).ToArbitrary(),
            input =>
            {
                // Whole shares (30/70), shares with decimals (33.33/…), negative amounts and amounts beyond the integer path.
                var terms = OrderKernel.PaymentTerms.Create(
                    OrderKernel.PaymentInstrument.TelegraphicTransfer,
                    OrderKernel.Installment.Create("deposit", Percentage.Of(input.first + input.cents), OrderKernel.InstallmentDue.OnContract),
                    OrderKernel.Installment.Create("progress", Percentage.Of(input.second), OrderKernel.InstallmentDue.BeforeShipment),
                    OrderKernel.Installment.Create("balance", Percentage.Of(100 - input.first - input.second - input.cents), OrderKernel.InstallmentDue.DaysAfterInvoice, 30));
                var amount = Money.FromMinorUnits(input.total, Currency.USD);
                var split = terms.Split(amount);
                for (var i = 0; i < split.Count; i++)
                {
                    Assert.Equal(split[i], terms.AmountOf(i, amount));
                }

                Assert.Throws<ArgumentOutOfRangeException>(() => terms.AmountOf(split.Count, amount));
            });

    [Fact]
    public void PaymentTerms_AmountOf_WithMoreInstallmentsThanTheKernelAccepts_IsStillTheSplitsPart_R17()
    {
        // 121 installments (beyond KernelLimits.MaxInstallments, so the scratch space is not on the stack): 120 of 0.5 %
        // and one of 40 %, and an amount that leaves units over for the largest remainders.
        var installments = Enumerable.Range(0, 121)
            .Select(i => OrderKernel.Installment.Create($"part-{i}", Percentage.Of(i == 0 ? 40m : 0.5m), OrderKernel.InstallmentDue.OnContract))
            .ToArray();
        var terms = OrderKernel.PaymentTerms.Create(OrderKernel.PaymentInstrument.TelegraphicTransfer, installments);
        var amount = Money.FromMinorUnits(123_457, Currency.USD);
        var split = terms.Split(amount);
        Assert.Equal(121, split.Count);
        for (var i = 0; i < split.Count; i++)
        {
            Assert.Equal(split[i], terms.AmountOf(i, amount));
        }

        Assert.Equal(amount, split.Aggregate(Money.Zero(Currency.USD), (a, b) => a + b));
    }

    [Theory]
    [InlineData(123_457L, "1", "1")] // ulong
    [InlineData(1_000_000_007L, "1000000000000.5", "7")] // UInt128: 44-bit weights, a 30-bit amount
    [InlineData(-1_000_000_007L, "1234567890123456789.123456789", "5")] // BigInteger: 90-bit weights beside whole ones
    public void Allocate_MoreParts_ThanTheStackHolds_InEveryWidth_IsTheSplitOfTheSearch(long total, string even, string odd)
    {
        // 130 parts, beyond the 120 whose scratch space lives on the stack.
        var weights = Enumerable.Range(0, 130)
            .Select(i => decimal.Parse(i % 2 == 0 ? even : odd, System.Globalization.CultureInfo.InvariantCulture) + (i % 3))
            .ToArray();
        var parts = Money.FromMinorUnits(total, Currency.USD).Allocate(weights);
        Assert.Equal(LargestRemainderBySearch(total, weights), parts.Select(p => p.MinorUnits).ToArray());
    }

    [Property(MaxTest = 500)]
    public Property Allocate_DependsOnlyOnTheRatiosOfTheWeights_WholeAndFractionalWeightsAgree() =>
        Prop.ForAll(Inputs(), input =>
        {
            // Whole weights take the integer path; the same ratios as fractions (w × 0.4, w ÷ 2) take the decimal one.
            var money = Money.FromMinorUnits(input.Total, Currency.USD);
            var whole = money.Allocate(input.Weights.Select(w => (decimal)w).ToArray());
            var halves = money.Allocate(input.Weights.Select(w => w / 2m).ToArray());
            var fractional = money.Allocate(input.Weights.Select(w => w * 0.4m).ToArray());
            Assert.Equal(whole, halves);
            Assert.Equal(whole, fractional);
        });

    [Property(MaxTest = 300)]
    public Property Allocate_IsSignSymmetric() =>
        Prop.ForAll(Inputs(), input =>
        {
            var w = input.Weights.Select(x => (decimal)x).ToArray();
            var plus = Money.FromMinorUnits(input.Total, Currency.USD).Allocate(w);
            var minus = Money.FromMinorUnits(-input.Total, Currency.USD).Allocate(w);
            return plus.Select(p => -p.MinorUnits).SequenceEqual(minus.Select(p => p.MinorUnits));
        });

    [Property(MaxTest = 300)]
    public Property Allocate_ASmallerWeightNeverGetsMore() =>
        Prop.ForAll(Inputs(), input =>
        {
            var parts = Money.FromMinorUnits(Math.Abs(input.Total), Currency.USD).Allocate(input.Weights.Select(x => (decimal)x).ToArray());
            for (var i = 0; i < parts.Count; i++)
            {
                for (var j = 0; j < parts.Count; j++)
                {
                    if (input.Weights[i] < input.Weights[j] && parts[i].MinorUnits > parts[j].MinorUnits)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property(MaxTest = 1000)]
    public Property PercentageFraction_IsTheValueOverAHundred_WithTwoMoreDecimals() =>
        Prop.ForAll(
            (from lo in Gen.Choose(0, int.MaxValue)
             from mid in Gen.Elements(0, 1, 12_345)
             from scale in Gen.Choose(0, 26)
             select new decimal(lo, mid, 0, false, (byte)scale)).ToArbitrary(),
            value =>
            {
                var fraction = Percentage.Of(value).Fraction;
                return fraction == value / 100m && fraction.Scale == value.Scale + 2;
            });

    [Fact]
    public void PercentageFraction_Examples()
    {
        Assert.Equal("0.30", Percentage.Of(30m).Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.005", Percentage.Of(0.5m).Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0m, Percentage.Of(new decimal(0, 0, 0, true, 2)).Fraction);
        Assert.True(Percentage.Of(0.5m) < Percentage.Of(1m) && Percentage.Of(1m) > Percentage.Of(0.50m) && Percentage.Of(1m) >= Percentage.Of(1.00m) && Percentage.Of(1m) <= Percentage.Of(1.0m));
        Assert.Equal(0, Percentage.Of(10m).CompareTo(Percentage.Of(10.00m)));
    }

    [Fact]
    public void MoneyCompare_OrdersByValueAcrossScalesAndSigns()
    {
        Assert.Equal(0, Money.Of(170_000m, Currency.USD).CompareTo(Money.Of(170_000.00m, Currency.USD)));
        Assert.True(Money.Of(51_000m, Currency.USD) < Money.Of(170_000m, Currency.USD));
        Assert.True(Money.Of(-170_000m, Currency.USD) < Money.Of(-51_000m, Currency.USD));
        Assert.True(Money.Of(-0.01m, Currency.USD) < Money.Of(0.01m, Currency.USD));
        Assert.Equal(Money.Of(5m, Currency.USD), Money.Max(Money.Of(5m, Currency.USD), Money.Of(-5m, Currency.USD)));
        Assert.Equal(Money.Of(-5m, Currency.USD), Money.Min(Money.Of(5m, Currency.USD), Money.Of(-5m, Currency.USD)));
        Assert.Throws<InvalidOperationException>(() => Money.Max(Money.Of(5m, Currency.USD), Money.Of(5m, Currency.EUR)));
    }

    /// <summary>Money always carries its currency's scale: fewer decimals are raised, zeros beyond it are dropped.</summary>
    [Property(MaxTest = 2000)]
    public Property MoneyOf_KeepsTheValue_AtTheCurrencysScale() =>
        Prop.ForAll(
            (from lo in Gen.Elements(0, 1, 7, 12_345, int.MaxValue, -1)
             from mid in Gen.Elements(0, 0, 1, 12, int.MaxValue)
             from negative in Gen.Elements(false, true)
             from scale in Gen.Choose(0, 3)
             from currency in Gen.Elements(Currency.JPY, Currency.USD, Currency.KWD)
             select (value: new decimal(lo, mid, 0, negative, (byte)scale), currency)).ToArbitrary(),
            c =>
            {
                var fits = Money.TryOf(c.value, c.currency, out var money);
                return fits == (decimal.Round(c.value, c.currency.MinorUnits, MidpointRounding.ToZero) == c.value)
                    && (!fits || (money.Amount == c.value && money.Amount.Scale == c.currency.MinorUnits));
            });

    [Fact]
    public void MoneyOf_RaisesOrLowersTheScale_AndRefusesWhatItCannotKeepExactly()
    {
        Assert.Equal("170000.00", Money.Of(170_000m, Currency.USD).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("-1.500", Money.Of(-1.5m, Currency.KWD).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("5", Money.Of(5.000m, Currency.JPY).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.00", Money.Of(0m, Currency.USD).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(Money.TryOf(1.005m, Currency.USD, out _));
        Assert.Throws<ArgumentException>(() => Money.Of(0.5m, Currency.JPY));
    }

    /// <summary>Minor units and money convert both ways exactly, at the currency's scale.</summary>
    [Property(MaxTest = 2000)]
    public Property MinorUnits_RoundTrip() =>
        Prop.ForAll(
            (from units in Gen.Elements(0L, 1L, -1L, 7L, 12_345L, -99L, long.MaxValue, long.MinValue + 1, 9_000_000_000_000_000_000L)
             from currency in Gen.Elements(Currency.JPY, Currency.USD, Currency.KWD)
             select (units, currency)).ToArbitrary(),
            c =>
            {
                var money = Money.FromMinorUnits(c.units, c.currency);
                return money.MinorUnits == c.units
                    && money.Amount.Scale == c.currency.MinorUnits
                    && money.Amount * (decimal)Math.Pow(10, c.currency.MinorUnits) == c.units;
            });

    [Fact]
    public void MinorUnits_BeyondALong_Overflow()
    {
        var big = Money.Of(100_000_000_000_000_000m, Currency.USD); // 10^19 cents
        Assert.Throws<OverflowException>(() => big.MinorUnits);
    }
}
