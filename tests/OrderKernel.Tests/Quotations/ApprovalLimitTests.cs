using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using Xunit;

namespace OrderKernel.Tests.Quotations;

/// <summary>R8: approval limits mean the same in every currency, and a currency without limits is refused, never compared across currencies.</summary>
public class ApprovalLimitTests
{
    private static readonly ApprovalLevel[] Ranks = [ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager, ApprovalLevel.Chairman];

    private static int Rank(ValueList<ApprovalLevel> levels) => levels.Count == 0 ? -1 : Array.IndexOf(Ranks, levels[^1]);

    // The seed's 2,000 TV sets, priced in another currency.
    private static OrderScenario InCurrency(Currency currency, decimal unitPrice, OrderPolicies? policies = null) => OrderScenario.Default with
    {
        Currency = currency,
        Lines = ValueList<OrderLine>.Of(TvOrder.TvLine(Money.Of(unitPrice, currency))),
        Policies = policies ?? OrderPolicies.Default,
    };

    [Fact]
    public void PrepareQuotation_JpyOrderWorthAbout33000Usd_NeedsOnlyTheDepartmentHead_R8()
    {
        // 2,000 × JPY 2,450 = JPY 4,900,000 (about USD 33,000): under the old number-only defaults this needed the chairman.
        // Finance's review threshold (R7) is not under test here, so it is raised out of the way.
        var review = ReviewPolicy.Create(new ReviewPolicyOptions { FinanceReviewFrom = [Money.Of(100_000_000m, Currency.JPY)] });
        var quotation = InCurrency(Currency.JPY, 2_450m, OrderPolicies.Default with { Review = review }).Through(ScenarioStage.Quoted).State.Quotation!;

        Assert.Equal(Money.Of(4_900_000m, Currency.JPY), quotation.Total);
        Assert.Equal(ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead), quotation.RequiredLevels);
        Assert.Contains("JPY limits: department head up to 15,000,000", quotation.ApprovalExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void PrepareQuotation_KwdOrderWorthAbout170000Usd_NeedsTheGeneralManagerLikeTheUsdSeed_R8()
    {
        // 2,000 × KWD 26.010 = KWD 52,020, about the USD seed's 170,000: the same levels as the seed (under the old
        // defaults, 52,020 was below 100,000 and a department head sufficed).
        var quotation = InCurrency(Currency.KWD, 26.010m).Through(ScenarioStage.Quoted).State.Quotation!;
        var seed = OrderScenario.Default.Through(ScenarioStage.Quoted).State.Quotation!;

        Assert.Equal(ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager), quotation.RequiredLevels);
        Assert.Equal(seed.RequiredLevels, quotation.RequiredLevels);
    }

    [Fact]
    public void ApprovalPolicy_LimitsAtAnyScale_CompareByValue_UpToTheLargestDecimal_R8()
    {
        // Limits with fewer decimals than the currency, more decimals, and the largest decimal (no upper limit at all).
        var policy = ApprovalPolicy.Create(new ApprovalPolicyOptions
        {
            Limits = ValueList<ApprovalLimit>.Of(
                new ApprovalLimit(Currency.USD, 1_000m, 2_000.005m),
                new ApprovalLimit(Currency.KWD, 79_228_162_514_264_337_593_543_950.334m, decimal.MaxValue)),
        });

        int Levels(decimal amount, Currency currency) => policy.Require(new ApprovalRequest(Money.Of(amount, currency), Priority.Normal, Percentage.Zero)).Levels.Count;

        Assert.Equal(1, Levels(1_000m, Currency.USD));
        Assert.Equal(2, Levels(1_000.01m, Currency.USD));
        Assert.Equal(2, Levels(2_000m, Currency.USD));
        Assert.Equal(3, Levels(2_000.01m, Currency.USD));
        Assert.Equal(1, Levels(79_228_162_514_264_337_593_543_950.334m, Currency.KWD));
        Assert.Equal(2, Levels(79_228_162_514_264_337_593_543_950.335m, Currency.KWD));
        Assert.Contains("USD limits: department head up to 1,000, general manager up to 2,000", policy.Explain(new ApprovalRequest(Money.Of(5m, Currency.USD), Priority.Normal, Percentage.Zero)), StringComparison.Ordinal);
    }

    [Fact]
    public void PrepareQuotation_CurrencyWithoutLimits_IsRefusedWithLimitMissing_R8()
    {
        var approval = ApprovalPolicy.Create(new ApprovalPolicyOptions { Limits = ValueList<ApprovalLimit>.Of(new ApprovalLimit(Currency.USD, 100_000m, 1_000_000m)) });
        var run = InCurrency(Currency.EUR, 85m, OrderPolicies.Default with { Approval = approval }).Through(ScenarioStage.Reviewed);
        var prices = ValueList<QuotationPrice>.Of(new QuotationPrice(TvOrder.Line, Money.Of(85m, Currency.EUR), Percentage.Zero));

        var violation = run.Driver.Refuse(new PrepareQuotation(12, prices, new LocalDate(2026, 3, 31)), Actors.Sales).Has(ViolationCodes.ApprovalLimitMissing, "R8");

        Assert.Contains("EUR", violation.Message, StringComparison.Ordinal);
        Assert.Null(run.Driver.State!.Quotation);
    }

    [Fact]
    public void ApprovalPolicyOptions_DefaultLimits_CoverEverySupportedCurrencyOnce_R8()
    {
        var limits = ApprovalPolicyOptions.DefaultLimits;
        Assert.Equal(Currency.All.OrderBy(c => c.Code, StringComparer.Ordinal), limits.Select(l => l.Currency).OrderBy(c => c.Code, StringComparer.Ordinal));
        Assert.All(limits, l => Assert.Equal(l.DepartmentHeadUpTo * 10m, l.GeneralManagerUpTo));
        Assert.All(Currency.All, c => Assert.True(ApprovalPolicy.Default.HasLimitsFor(c)));
        Assert.Equal(new ApprovalLimit(Currency.USD, 100_000m, 1_000_000m), limits.Single(l => l.Currency == Currency.USD));
        Assert.Equal(limits, new ApprovalPolicyOptions().Limits);
    }

    [Property(MaxTest = 500)]
    public Property ApprovalPolicy_Default_IsMonotoneAndTheSameForEquivalentValuesInEveryCurrency_R8() =>
        Prop.ForAll(
            Gen.Elements(Currency.All.ToArray()).ToArbitrary(),
            Gen.Choose(0, 3_000).Two().Select(t => (Math.Min(t.Item1, t.Item2), Math.Max(t.Item1, t.Item2))).ToArbitrary(),
            Gen.Elements(Enum.GetValues<Priority>()).ToArbitrary(),
            (currency, hundredths, priority) =>
            {
                // An amount is given in hundredths of the currency's department head limit; the same hundredths of the
                // USD limit is the equivalent value in USD.
                var head = ApprovalPolicyOptions.DefaultLimits.Single(l => l.Currency == currency).DepartmentHeadUpTo;
                ValueList<ApprovalLevel> Levels(decimal limit, int h, Currency c) =>
                    ApprovalPolicy.Default.Require(new ApprovalRequest(Money.Of(limit / 100m * h, c), priority, Percentage.Zero)).Levels;
                var low = Levels(head, hundredths.Item1, currency);
                var high = Levels(head, hundredths.Item2, currency);
                return Rank(high) >= Rank(low)
                    && low == Levels(100_000m, hundredths.Item1, Currency.USD)
                    && high == Levels(100_000m, hundredths.Item2, Currency.USD);
            });
}
