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
            (from total in Gen.Choose(0, 50_000_000)
             from first in Gen.Choose(1, 98)
             from second in Gen.Choose(1, 99 - first)
             select (total, first, second)).ToArbitrary(),
            input =>
            {
                var terms = OrderKernel.Payments.PaymentTerms.Create(
                    OrderKernel.Payments.PaymentInstrument.TelegraphicTransfer,
                    OrderKernel.Payments.Installment.Create("deposit", Percentage.Of(input.first), OrderKernel.Payments.InstallmentDue.OnContract),
                    OrderKernel.Payments.Installment.Create("progress", Percentage.Of(input.second), OrderKernel.Payments.InstallmentDue.BeforeShipment),
                    OrderKernel.Payments.Installment.Create("balance", Percentage.Of(100 - input.first - input.second), OrderKernel.Payments.InstallmentDue.DaysAfterInvoice, 30));
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
}
