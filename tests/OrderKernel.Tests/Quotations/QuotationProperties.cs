using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Policies;
using OrderKernel.Tests.Properties;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Quotations;

/// <summary>Issue 4's invariants of approvals and quotations.</summary>
public class QuotationProperties
{
    private static readonly ApprovalLevel[] Order = [ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager, ApprovalLevel.Chairman];

    private static int Rank(ValueList<ApprovalLevel> levels) => levels.Count == 0 ? -1 : Array.IndexOf(Order, levels[^1]);

    [Property(MaxTest = 500)]
    public Property ApprovalPolicy_AHigherAmountNeverNeedsALowerLevel_R8() =>
        Prop.ForAll(
            Gen.Choose(0, 300_000_000).Two().Select(t => (Math.Min(t.Item1, t.Item2), Math.Max(t.Item1, t.Item2))).ToArbitrary(),
            Gen.Elements(Enum.GetValues<Priority>()).ToArbitrary(),
            (pair, priority) =>
            {
                var low = ApprovalPolicy.Default.Require(new ApprovalRequest(Money.FromMinorUnits(pair.Item1, Currency.USD), priority, Percentage.Zero));
                var high = ApprovalPolicy.Default.Require(new ApprovalRequest(Money.FromMinorUnits(pair.Item2, Currency.USD), priority, Percentage.Zero));
                return Rank(high.Levels) >= Rank(low.Levels) && high.Levels.Count >= low.Levels.Count;
            });

    private static Arbitrary<(int Quantity, decimal Price, decimal Discount)[]> Lines() =>
        (from n in Gen.Choose(1, 6)
         from lines in (from q in Gen.Choose(1, 5000)
                        from cents in Gen.Choose(1, 100_000)
                        from d in Gen.Choose(0, 3000)
                        select (q, cents / 100m, d / 100m)).ArrayOf(n)
         select lines).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property QuotationTotal_IsTheSumOfItsRoundedLinesAndDoesNotDependOnLineOrder() =>
        Prop.ForAll(Lines(), Gen.Elements(AmountRounding.PerLine, AmountRounding.PerDocument).ToArbitrary(), (lines, rounding) =>
        {
            var forward = Quote(lines, rounding);
            var backward = Quote([.. lines.Reverse()], rounding);
            Assert.Equal(forward.Total, forward.Lines.Aggregate(Money.Zero(Currency.USD), (a, l) => a + l.Amount));
            Assert.Equal(forward.Total, backward.Total);
        });

    [Property(MaxTest = 200)]
    public Property ReviseQuotation_AnyChangeToApprovedContentInvalidatesItsApprovals_R8() =>
        Prop.ForAll(Gen.Choose(1, 20_000).ToArbitrary(), Gen.Choose(0, 10).ToArbitrary(), (cents, days) =>
        {
            var s = TvOrder.Through(ScenarioStage.Approved);
            var before = s.Current.Quotation!;
            var price = 85.00m + ((cents % 2 == 0 ? 1 : -1) * (cents % 500) / 100m);
            s.Do(new ReviseQuotation(TvOrder.Prices(price), new LocalDate(2026, 3, 31).PlusDays(days), "negotiation"), Actors.Sales);
            var after = s.Current.Quotation!;
            var changed = after.Fingerprint != before.Fingerprint;
            Assert.Equal(changed, price != 85.00m || days != 0);
            Assert.Equal(changed ? 0 : before.Approvals.Count, after.Approvals.Count);
            Assert.Equal(changed ? QuotationStatus.PendingApproval : QuotationStatus.Approved, after.Status);
        });

    [Property(MaxTest = 500)]
    public Property Fingerprint_DatesAreWrittenExactlyAsTheIsoPattern_OverTheWholeCalendarRange() =>
        Prop.ForAll(Gen.Choose(-3_650_000, 3_650_000).ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (days, near) =>
        {
            // Near the ends of the range (years -9998 and 9999), around year zero and everywhere in between.
            var anchor = near switch { 0 => LocalDate.MinIsoValue, 1 => new LocalDate(1, 1, 1), _ => LocalDate.MaxIsoValue };
            var date = near == 1 ? anchor.PlusDays(days % 2_000) : near == 0 ? anchor.PlusDays(Math.Abs(days)) : anchor.PlusDays(-Math.Abs(days));
            var sb = new StringBuilder();
            QuotationDecider.AppendIsoDate(sb, date);
            return sb.ToString() == LocalDatePattern.Iso.Format(date);
        });

    [Property(MaxTest = 150)]
    public Property AcceptQuotation_AnExpiredQuotationIsNeverAccepted_WhateverTheCommandOrder_R13() =>
        Prop.ForAll(LifecycleProperties.Sequences(), steps =>
        {
            foreach (var (before, command, result, s) in LifecycleProperties.Run(steps))
            {
                if (command is AcceptQuotation && result.IsT0 && before?.Quotation is { } q)
                {
                    var zone = DateTimeZoneProviders.Tzdb[before.TimeZoneId];
                    Assert.True(s.Now < q.ExpiresAt(zone), $"accepted at {s.Now}, expired at {q.ExpiresAt(zone)}");
                }
            }
        });

    private static Quotation Quote((int Quantity, decimal Price, decimal Discount)[] lines, AmountRounding rounding)
    {
        var orderLines = lines.Select((l, i) => OrderLine.Create(LineId.From("L" + i), ProductId.From("P" + i), "x", Quantity.Pieces(l.Quantity), Money.Of(l.Price, Currency.USD))).ToArray();
        var prices = lines.Select((l, i) => new QuotationPrice(LineId.From("L" + i), Money.Of(l.Price, Currency.USD), Percentage.Of(l.Discount))).ToArray();
        var s = new Scenario(OrderPolicies.Default with { QuotationRounding = rounding, Review = OrderKernel.Policies.ReviewPolicy.Create(new OrderKernel.Policies.ReviewPolicyOptions { FinanceReviewFrom = [Money.Of(KernelLimits.MaxAmount, Currency.USD)] }) });
        s.Do(TvOrder.Receive() with { Lines = ValueList<OrderLine>.From(orderLines) }, Actors.Sales);
        TvOrder.Through(ScenarioStage.Reviewed, s, from: ScenarioStage.Recorded);
        s.Do(new PrepareQuotation(1, ValueList<QuotationPrice>.From(prices), new LocalDate(2026, 3, 31)), Actors.Sales);
        return s.Current.Quotation!;
    }
}
