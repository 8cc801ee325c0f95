using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Policies;
using Xunit;

namespace OrderKernel.Tests.Reviews;

/// <summary>R7 across currencies: finance's review threshold is per currency, never a number compared across currencies.</summary>
public class FinanceReviewThresholdTests
{
    // The quantity times the unit price (default 2,000 sets) is the estimated amount.
    private static ReviewRequirement Require(IReviewPolicy policy, Currency currency, decimal unitPrice, decimal quantity = 2_000m)
    {
        var line = OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55in", Quantity.Pieces(quantity), Money.Of(unitPrice, currency));
        var scenario = OrderScenario.Default with { Currency = currency, Lines = ValueList<OrderLine>.Of(line) };
        return policy.Require(scenario.Through(ScenarioStage.Received).State);
    }

    [Fact]
    public void ReviewPolicy_JpyOrderWorthAbout33000Usd_IsNotReviewedByFinanceForItsAmount_R7()
    {
        // JPY 4,900,000 is about USD 33,000: under the old single number (500,000 in any currency) finance reviewed it.
        var r = Require(ReviewPolicy.Default, Currency.JPY, 2_450m);
        Assert.DoesNotContain(Department.Finance, r.DetailDepartments);
        Assert.DoesNotContain("Finance", r.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewPolicy_DefaultThresholds_AreAboutUsd500000InEveryCurrency_R7()
    {
        Assert.Equal(ApprovalPolicyOptions.DefaultLimits.Select(l => l.Currency), ReviewPolicyOptions.DefaultFinanceReviewFrom.Select(m => m.Currency));
        Assert.Contains(Money.Of(500_000m, Currency.USD), ReviewPolicyOptions.DefaultFinanceReviewFrom);
        Assert.Contains(Money.Of(75_000_000m, Currency.JPY), ReviewPolicyOptions.DefaultFinanceReviewFrom);
        var r = Require(ReviewPolicy.Default, Currency.JPY, 37_500m);
        Assert.Contains(Department.Finance, r.DetailDepartments);
        Assert.Contains($"amount {Money.Of(75_000_000m, Currency.JPY)} at or above 75000000 adds Finance (R7)", r.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewPolicy_CurrencyWithoutAThreshold_AddsFinanceAndSaysWhy_R7()
    {
        var usdOnly = ReviewPolicy.Create(new ReviewPolicyOptions { FinanceReviewFrom = [Money.Of(500_000m, Currency.USD)] });
        var r = Require(usdOnly, Currency.JPY, 1m);
        Assert.Contains(Department.Finance, r.DetailDepartments);
        Assert.Contains("no finance-review threshold for JPY (amounts are not compared across currencies) adds Finance (R7)", r.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(Department.Finance, Require(usdOnly, Currency.USD, 1m).DetailDepartments);
    }

    /// <summary>
    /// In every default currency finance reviews exactly from its own threshold, and an amount worth the same fraction of
    /// the threshold gets the same answer as the equivalent USD amount (R7).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property ReviewPolicy_Default_FinanceFromItsOwnThreshold_TheSameForEquivalentValuesInEveryCurrency_R7() =>
        Prop.ForAll(
            Gen.Elements(ReviewPolicyOptions.DefaultFinanceReviewFrom.ToArray()).ToArbitrary(),
            Gen.Choose(1, 300).ToArbitrary(),
            (threshold, hundredths) =>
            {
                // hundredths × (threshold / 100): every default threshold is a whole multiple of 100 in its currency.
                bool Finance(Money t) => Require(ReviewPolicy.Default, t.Currency, t.Amount / 100m, hundredths).DetailDepartments.Contains(Department.Finance);
                var expected = hundredths >= 100;
                return Finance(threshold) == expected && Finance(Money.Of(500_000m, Currency.USD)) == expected;
            });
}
