using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Primitives;
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
                var terms = OrderKernel.Payments.PaymentTerms.Create(
                    OrderKernel.Payments.PaymentInstrument.TelegraphicTransfer,
                    OrderKernel.Payments.Installment.Create("deposit", Percentage.Of(input.first + input.cents), OrderKernel.Payments.InstallmentDue.OnContract),
                    OrderKernel.Payments.Installment.Create("progress", Percentage.Of(input.second), OrderKernel.Payments.InstallmentDue.BeforeShipment),
                    OrderKernel.Payments.Installment.Create("balance", Percentage.Of(100 - input.first - input.second - input.cents), OrderKernel.Payments.InstallmentDue.DaysAfterInvoice, 30));
                var amount = Money.FromMinorUnits(input.total, Currency.USD);
                var split = terms.Split(amount);
                for (var i = 0; i < split.Count; i++)
                {
                    Assert.Equal(split[i], terms.AmountOf(i, amount));
                }

                Assert.Throws<ArgumentOutOfRangeException>(() => terms.AmountOf(split.Count, amount));
            });

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
    public Property ShiftRight_DividesByAPowerOfTenExactly_RaisingTheScale_AndKeepsTheSign() =>
        Prop.ForAll(
            (from lo in Gen.Choose(int.MinValue, int.MaxValue)
             from mid in Gen.Elements(0, 1, 12_345, int.MaxValue, -1)
             from hi in Gen.Elements(0, 0, 7, int.MaxValue, -1)
             from negative in Gen.Elements(false, true)
             from scale in Gen.Choose(0, 28)
             from places in Gen.Choose(0, 6)
             select (value: new decimal(lo, mid, hi, negative, (byte)scale), places)).ToArbitrary(),
            c =>
            {
                var shifted = DecimalBits.ShiftRight(c.value, c.places);
                var expected = c.value / (decimal)Math.Pow(10, c.places);
                var fits = c.value.Scale + c.places <= 28;
                var signBit = (decimal.GetBits(shifted)[3] & int.MinValue) != 0;
                return (shifted == expected || !fits)
                    && (!fits || shifted.Scale == c.value.Scale + c.places)
                    && signBit == (c.value < 0m && (fits || shifted != 0m));
            });

    [Fact]
    public void ShiftRight_OfANegativeZero_IsAPositiveZeroWithTheNewScale()
    {
        var negativeZero = new decimal(0, 0, 0, true, 2);
        var shifted = DecimalBits.ShiftRight(negativeZero, 2);
        Assert.Equal(0, decimal.GetBits(shifted)[3] & int.MinValue);
        Assert.Equal(4, shifted.Scale);
        Assert.Equal(0.1234m, DecimalBits.ShiftRight(12.34m, 2));
        Assert.Equal(-0.1234m, DecimalBits.ShiftRight(-12.34m, 2));
    }

    /// <summary>The same-scale shortcut of money comparisons gives decimal.Compare's answer for any pair, same scale or not.</summary>
    [Property(MaxTest = 2000)]
    public Property Compare_AgreesWithDecimalCompare() =>
        Prop.ForAll(
            (from lo in Gen.Elements(0, 1, 2, 99, 12_345, int.MaxValue, -1, int.MinValue)
             from mid in Gen.Elements(0, 0, 1, int.MaxValue, -1)
             from hi in Gen.Elements(0, 0, 0, 7, -1)
             from negative in Gen.Elements(false, true)
             from scale in Gen.Elements(0, 2, 2, 2, 3, 28)
             select new decimal(lo, mid, hi, negative, (byte)scale)).Two().ToArbitrary(),
            pair => Math.Sign(DecimalBits.Compare(pair.Item1, pair.Item2)) == Math.Sign(decimal.Compare(pair.Item1, pair.Item2)));

    [Fact]
    public void Compare_OfSameScaleAmounts_OrdersByMagnitudeAndSign()
    {
        Assert.Equal(0, DecimalBits.Compare(170_000.00m, 170_000.00m));
        Assert.True(DecimalBits.Compare(51_000.00m, 170_000.00m) < 0);
        Assert.True(DecimalBits.Compare(170_000.00m, 51_000.00m) > 0);
        Assert.True(DecimalBits.Compare(-170_000.00m, -51_000.00m) < 0);
        Assert.True(DecimalBits.Compare(-0.01m, 0.01m) < 0);
        Assert.True(DecimalBits.Compare(79_228_162_514_264_337_593_543_950_335m, 79_228_162_514_264_337_593_543_950_334m) > 0); // high words equal
        Assert.True(DecimalBits.Compare(4_294_967_296.00m, 4_294_967_295.99m) > 0);
        Assert.Equal(0, DecimalBits.Compare(new decimal(0, 0, 0, true, 2), 0.00m));
        Assert.Equal(0, DecimalBits.Compare(new decimal(0, 0, 0, true, 2), new decimal(0, 0, 0, true, 2)));
    }

    /// <summary>Raising a scale by the mantissa's bits gives the number and scale that adding a zero of that scale gives.</summary>
    [Property(MaxTest = 2000)]
    public Property TryRaiseScale_AgreesWithAddingAZeroOfThatScale() =>
        Prop.ForAll(
            (from lo in Gen.Elements(0, 1, 7, 12_345, int.MaxValue, -1)
             from mid in Gen.Elements(0, 0, 1, 12, int.MaxValue, -1)
             from hi in Gen.Elements(0, 0, 0, 3)
             from negative in Gen.Elements(false, true)
             from scale in Gen.Choose(0, 6)
             from target in Gen.Choose(0, 28)
             select (value: new decimal(lo, mid, hi, negative, (byte)scale), target)).ToArbitrary(),
            c =>
            {
                var reference = c.value + new decimal(0, 0, 0, false, (byte)c.target);
                return !DecimalBits.TryRaiseScale(c.value, c.target, out var raised)
                    || (raised == reference && raised.Scale == reference.Scale && raised.Scale == c.target
                        && raised.ToString(System.Globalization.CultureInfo.InvariantCulture) == reference.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });

    [Fact]
    public void TryRaiseScale_GivesMoreDecimals_AndDeclinesWhatItCannotDoExactly()
    {
        Assert.True(DecimalBits.TryRaiseScale(170_000m, 2, out var usd));
        Assert.Equal("170000.00", usd.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(DecimalBits.TryRaiseScale(-1.5m, 3, out var kwd));
        Assert.Equal("-1.500", kwd.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(DecimalBits.TryRaiseScale(0m, 2, out _)); // zero: left to the decimal addition (its sign rules)
        Assert.False(DecimalBits.TryRaiseScale(1.25m, 2, out _)); // not more decimals
        Assert.False(DecimalBits.TryRaiseScale(1.25m, 1, out _));
        Assert.False(DecimalBits.TryRaiseScale(ulong.MaxValue, 1, out _)); // the product does not fit 64 bits
        Assert.False(DecimalBits.TryRaiseScale(1m, 21, out _)); // more than 19 places
        Assert.False(DecimalBits.TryRaiseScale(new decimal(0, 0, 1, false, 0), 2, out _)); // high bits set
    }

    /// <summary>Minor units read from the bits agree with the decimal arithmetic they replace.</summary>
    [Property(MaxTest = 2000)]
    public Property MinorUnits_AgreeWithTheDecimalValue() =>
        Prop.ForAll(
            (from lo in Gen.Elements(0, 1, 7, 12_345, int.MaxValue, -1)
             from mid in Gen.Elements(0, 0, 1, int.MaxValue, -1)
             from hi in Gen.Elements(0, 0, 0, 1)
             from negative in Gen.Elements(false, true)
             from scale in Gen.Choose(0, 4)
             from asked in Gen.Choose(0, 4)
             select (value: new decimal(lo, mid, hi, negative, (byte)scale), asked)).ToArbitrary(),
            c =>
            {
                var units = DecimalBits.MinorUnits(c.value, c.asked);
                var expected = c.value.Scale == c.asked && Math.Abs(c.value) * (decimal)Math.Pow(10, c.asked) <= long.MaxValue
                    ? (long?)decimal.ToInt64(c.value * (decimal)Math.Pow(10, c.asked))
                    : null;
                return units == expected
                    && (!DecimalBits.TryUnits(c.value, c.asked, out var unsigned) || (c.value >= 0m && c.value.Scale == c.asked && (decimal)unsigned == c.value * (decimal)Math.Pow(10, c.asked)));
            });
}
