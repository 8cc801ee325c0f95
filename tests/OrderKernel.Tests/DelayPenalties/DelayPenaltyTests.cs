using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.DelayPenalties;

public class DelayPenaltyTests
{
    private static readonly Money Thousand = Money.Of(1_000m, Currency.USD);

    private static readonly Money Contract = Money.Of(170_000.00m, Currency.USD);

    private static PenaltyResult Assess(IDelayPenaltyPolicy policy, int days, int parties = 1) =>
        policy.Assess(new PenaltyInput(days, Contract, Contract, Contract, parties));

    private static ValueList<PenaltyTraceLine> Explain(IDelayPenaltyPolicy policy, int days, int parties = 1) =>
        policy.Explain(new PenaltyInput(days, Contract, Contract, Contract, parties));

    [Fact]
    public void Points_FourDaysLateWithTwoManufacturers_LoseEightPoints_R39()
    {
        var r = Assess(DelayPenaltyPolicy.Default, 4, parties: 2);
        Assert.Equal(4m, r.Points);
        Assert.Equal(8m, r.Points * 2);
    }

    [Fact]
    public void Create_WithoutPoints_HasNoPointsPart_AndTheSameAmount_R39()
    {
        var withoutPoints = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { PointsPerDayPerParty = 0m });
        Assert.Equal(0m, Assess(withoutPoints, 4, parties: 2).Points);
        Assert.Equal(Assess(DelayPenaltyPolicy.Default, 4).Amount, Assess(withoutPoints, 4).Amount);
        Assert.DoesNotContain(Explain(withoutPoints, 4), l => l.Step.Contains("point(s)", StringComparison.Ordinal));
        Assert.Equal(["days 1–4: 0.5 % of the ContractValue per day × 4", "rounded AwayFromZero to the minor unit"], Explain(withoutPoints, 4).Select(l => l.Step));
        Assert.Contains(Explain(DelayPenaltyPolicy.Default, 4), l => l.Step == "1 point(s) per day per responsible party (R39)");
    }

    [Fact]
    public void PercentPerDay_CappedAtTenPercent_Gives17000After30Days_R40()
    {
        var r = Assess(DelayPenaltyPolicy.Default, 30);
        Assert.Equal(17_000.00m, r.Amount);
        Assert.True(r.CapReached);
        Assert.True(r.TerminationThresholdReached);
        var trace = Explain(DelayPenaltyPolicy.Default, 30);
        Assert.Contains(trace, l => l.Step.StartsWith("capped at 10 %", StringComparison.Ordinal));
        Assert.Equal(17_000.00m, trace[^1].Amount); // the last line (rounding) states the amount assessed
        Assert.DoesNotContain(Explain(DelayPenaltyPolicy.Default, 19), l => l.Step.StartsWith("capped", StringComparison.Ordinal));
        Assert.Equal(16_150.00m, Assess(DelayPenaltyPolicy.Default, 19).Amount);
        Assert.False(Assess(DelayPenaltyPolicy.Default, 19).CapReached);
    }

    [Fact]
    public void Tiers_HalfAPercentPerWeekForFourWeeksThenOnePercent_R40()
    {
        var policy = DelayPenaltyPolicy.Tiered(
            ValueList<PenaltyTier>.Of(new PenaltyTier(1, 28, Percentage.Of(0.5m), PenaltyPeriod.Week), new PenaltyTier(29, null, Percentage.Of(1m), PenaltyPeriod.Week)),
            PenaltyBase.ContractValue);
        var r = Assess(policy, 40);
        Assert.Equal(170_000m * 0.04m, r.Amount); // 4 weeks × 0.5 % + 2 started weeks × 1 %
        Assert.Equal(2, Explain(policy, 40).Count);
        Assert.Equal(r.Amount, Explain(policy, 40).Sum(l => l.Amount));
    }

    [Fact]
    public void Grace_FreesTheFirstDays()
    {
        var policy = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { GraceDays = 3 });
        Assert.Equal(0m, Assess(policy, 3).Amount);
        Assert.Equal(850.00m, Assess(policy, 4).Amount);
        Assert.StartsWith("grace period of 3", Explain(policy, 4)[0].Step, StringComparison.Ordinal);
    }

    [Fact]
    public void FixedAmountAndAbsoluteCap_Compose()
    {
        var policy = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { Tiers = default, FixedPerDay = 500m, CapPercentOfContract = null, CapAmount = 2_000m });
        Assert.Equal(1_500.00m, Assess(policy, 3).Amount);
        Assert.Equal(2_000.00m, Assess(policy, 10).Amount);
    }

    [Fact]
    public void Rounding_IsExplicit()
    {
        var money = Money.Of(100.01m, Currency.USD);
        var up = DelayPenaltyPolicy.Rounded(DelayPenaltyPolicy.PercentPer(Percentage.Of(0.5m), PenaltyPeriod.Day, PenaltyBase.ContractValue), MidpointRounding.AwayFromZero);
        var even = DelayPenaltyPolicy.Rounded(DelayPenaltyPolicy.PercentPer(Percentage.Of(0.5m), PenaltyPeriod.Day, PenaltyBase.ContractValue), MidpointRounding.ToEven);
        var input = new PenaltyInput(1, money, money, money, 1); // 0.50005
        Assert.Equal(0.50m, up.Assess(input).Amount);
        Assert.Equal(0.50m, even.Assess(input).Amount);
        var mid = new PenaltyInput(1, Money.Of(1.00m, Currency.USD), money, money, 1); // 0.005
        Assert.Equal(0.01m, up.Assess(mid).Amount);
        Assert.Equal(0.00m, even.Assess(mid).Amount);
    }

    [Fact]
    public void AssessDelayPenalty_DeliveredFourDaysLateWithExcusableDays_ChargesTheRestWithATrace_R39()
    {
        var s = TvOrder.Through(Stage.Shipped);
        s.Do(new RecordExcusableDelay(ExcusableCause.CustomerCaused, new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 1), "customer closed its dock"), Actors.SalesManager);
        s.Now = Instant.FromUtc(2026, 7, 4, 2, 0);
        s.Do(new ConfirmDelivery("dock", s.Now), Actors.Customer);
        s.Do(new AssessDelayPenalty(new LocalDate(2026, 7, 4), ValueList<string>.Of("Line 3", "Panel supplier")), Actors.SalesManager);
        var a = s.Current.DelayPenalty!;
        Assert.Equal(4, a.DaysLate);
        Assert.Equal(3, a.ChargeableDays);
        Assert.Equal("customer closed its dock", Assert.Single(a.Excused).Reason);
        Assert.Equal(Money.Of(2_550.00m, Currency.USD), a.Amount); // 3 × 0.5 % × 170,000
        Assert.Equal(3m, a.PointsPerParty);
        Assert.True(a.Delivered);
    }

    [Fact]
    public void AssessDelayPenalty_ExcusedSpans_AreClippedToTheLateDays_AndOverlapsCountOnce_R39()
    {
        // Due 30 June, delivered 10 July (10 days late). Excused: 25 June–2 July (clipped to 1–2 July: 2 days),
        // 5–6 July (2 days, as recorded), 6–12 July (clipped to 6–10 July; the 6th was already counted: 4 more days).
        var s = TvOrder.Through(Stage.Shipped);
        s.Do(new RecordExcusableDelay(ExcusableCause.CustomerCaused, new LocalDate(2026, 6, 25), new LocalDate(2026, 7, 2), "dock closed"), Actors.SalesManager);
        s.Do(new RecordExcusableDelay(ExcusableCause.ForceMajeure, new LocalDate(2026, 7, 5), new LocalDate(2026, 7, 6), "typhoon"), Actors.SalesManager);
        s.Do(new RecordExcusableDelay(ExcusableCause.ApprovedChange, new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 12), "change CR-1"), Actors.SalesManager);
        s.Now = Instant.FromUtc(2026, 7, 10, 2, 0);
        s.Do(new ConfirmDelivery("dock", s.Now), Actors.Customer);
        s.Do(new AssessDelayPenalty(new LocalDate(2026, 7, 10), ValueList<string>.Of("Line 3")), Actors.SalesManager);
        var a = s.Current.DelayPenalty!;
        Assert.Equal(10, a.DaysLate);
        Assert.Equal(
            [
                new ExcusedSpan(ExcusableCause.CustomerCaused, new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 2), 2, "dock closed"),
                new ExcusedSpan(ExcusableCause.ForceMajeure, new LocalDate(2026, 7, 5), new LocalDate(2026, 7, 6), 2, "typhoon"),
                new ExcusedSpan(ExcusableCause.ApprovedChange, new LocalDate(2026, 7, 6), new LocalDate(2026, 7, 10), 4, "change CR-1"),
            ],
            a.Excused);
        Assert.Equal(2, a.ChargeableDays); // 3 and 4 July
    }

    [Fact]
    public void AssessDelayPenalty_OnTheUndeliveredValue_KeepsTheValueNotDeliveredByTheContractualDate_AfterDelivery_R39()
    {
        var policies = OrderPolicies.Default with { DelayPenalty = DelayPenaltyPolicy.PercentPer(Percentage.Of(1m), PenaltyPeriod.Day, PenaltyBase.UndeliveredValue) };
        var s = TvOrder.Through(Stage.Shipped, new Scenario(policies));
        s.Now = Instant.FromUtc(2026, 7, 3, 2, 0);
        s.Do(new AssessDelayPenalty(new LocalDate(2026, 7, 3), ValueList<string>.Of("Line 3")), Actors.SalesManager, Duration.Zero);
        Assert.Equal(Money.Of(5_100.00m, Currency.USD), s.Current.DelayPenalty!.Amount); // 3 days × 1 % × 170,000 undelivered
        s.Do(new ConfirmDelivery("dock", s.Now), Actors.Customer, Duration.Zero);
        s.Do(new AssessDelayPenalty(new LocalDate(2026, 7, 3), ValueList<string>.Of("Line 3")), Actors.SalesManager, Duration.Zero);
        // Delivered now, but none of it by 30 June: the base is still the whole 170,000 (it was 0.00 before issue 20).
        Assert.Equal(Money.Of(5_100.00m, Currency.USD), s.Current.DelayPenalty!.Amount);
        Assert.Equal(3, s.Current.DelayPenalty.ChargeableDays);
        Assert.Contains(s.Current.DelayPenalty.Trace, l => l.Base == Money.Of(170_000.00m, Currency.USD));
    }

    [Theory]
    [InlineData(PenaltyBase.UndeliveredValue)]
    [InlineData(PenaltyBase.DelayedValue)]
    [InlineData(PenaltyBase.ContractValue)]
    public void AssessDelayPenalty_DeliveredTenDaysLateInFull_ChargesOnTheFullValue_R39_R40(PenaltyBase basis)
    {
        // Due 30 June; shipped and received 10 July: the whole 170,000 was late, whatever the base names.
        var policies = OrderPolicies.Default with { DelayPenalty = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { Base = basis }) };
        var s = TvOrder.Through(Stage.Released, new Scenario(policies));
        s.Now = Instant.FromUtc(2026, 7, 10, 1, 0);
        s.Do(new Ship("COSCO", "truck 1", "WB-1", default), Actors.Warehouse, Duration.Zero);
        s.Do(new ConfirmDelivery("dock", s.Now), Actors.Customer);
        s.Do(new AssessDelayPenalty(new LocalDate(2026, 7, 10), ValueList<string>.Of("Line 3")), Actors.SalesManager);
        var a = s.Current.DelayPenalty!;
        Assert.Equal(10, a.ChargeableDays);
        Assert.Equal(Money.Of(8_500.00m, Currency.USD), a.Amount); // 10 × 0.5 % × 170,000
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), a.Trace.Single(l => l.Rate is not null && l.Base is not null && l.Step.StartsWith("days", StringComparison.Ordinal)).Base);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    [Theory]
    [InlineData(PenaltyBase.UndeliveredValue, 5_100.00)] // 60 % of 170,000 × 0.5 % × 10 days
    [InlineData(PenaltyBase.DelayedValue, 5_100.00)]
    [InlineData(PenaltyBase.ContractValue, 8_500.00)]
    public void AssessDelayPenalty_PartOnTimeAndTheRestLate_ChargesOnTheLatePartOnly_R39_R40(PenaltyBase basis, double expected)
    {
        // 800 of 2,000 sets dispatched on 29 June (a partial delivery, on time); the other 1,200 dispatched and received 10 July.
        var policies = OrderPolicies.Default with { DelayPenalty = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { Base = basis }) };
        var s = TvOrder.Through(Stage.Released, new Scenario(policies));
        s.Now = Instant.FromUtc(2026, 6, 29, 1, 0);
        s.Do(new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(800)))), Actors.Warehouse, Duration.Zero);
        s.Now = Instant.FromUtc(2026, 7, 10, 1, 0);
        s.Do(new Ship("COSCO", "truck 2", "WB-2", default), Actors.Warehouse, Duration.Zero);
        s.Do(new ConfirmDelivery("dock", s.Now), Actors.Customer);
        s.Do(new AssessDelayPenalty(new LocalDate(2026, 7, 10), ValueList<string>.Of("Line 3")), Actors.SalesManager);
        Assert.Equal(Money.Of((decimal)expected, Currency.USD), s.Current.DelayPenalty!.Amount);
        Assert.Equal(10, s.Current.DelayPenalty.ChargeableDays);
    }

    [Fact]
    public void LateValues_WhileUndelivered_TheUndeliveredValueIsWhatWasNotDeliveredByTheDueDate_AndTheDelayedValueWhatCameLate_R39()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var s = TvOrder.Through(Stage.Released);
        var contract = s.Current.Contract!.Amount;
        s.Now = Instant.FromUtc(2026, 6, 29, 1, 0);
        s.Do(new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(500)))), Actors.Warehouse, Duration.Zero);
        s.Now = Instant.FromUtc(2026, 7, 5, 1, 0);
        s.Do(new Ship("COSCO", "truck 2", "WB-2", default, ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(1_000)))), Actors.Warehouse, Duration.Zero);
        s.Now = Instant.FromUtc(2026, 7, 8, 1, 0);
        s.Do(new Ship("COSCO", "truck 3", "WB-3", default, ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(300)))), Actors.Warehouse, Duration.Zero);

        LateValuesAsOf(new LocalDate(2026, 7, 9), out var undelivered, out var delayed);
        Assert.Equal(Money.Of(127_500.00m, Currency.USD), undelivered); // 1,500 of 2,000 not delivered by 30 June
        Assert.Equal(Money.Of(85_000.00m, Currency.USD), delayed); // truck 2 (1,000) delivered late; truck 3 not received yet

        LateValuesAsOf(new LocalDate(2026, 7, 2), out undelivered, out delayed);
        Assert.Equal(Money.Of(127_500.00m, Currency.USD), undelivered);
        Assert.True(delayed.IsZero); // as of 2 July truck 2 had not left

        void LateValuesAsOf(LocalDate asOf, out Money u, out Money d) =>
            (u, d) = OrderKernel.DelayPenaltyDecider.LateValues(s.Current, s.Current.Quotation!, contract, TvOrder.DeliveryDate, asOf, zone, s.Policies.Rounding);
    }

    [Fact]
    public void LateValues_ReceivedBeforeTheDueDate_NothingIsLate_AndAnOrderQuotedAtZeroHasNothingDelivered()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var s = TvOrder.Through(Stage.Delivered);
        var contract = s.Current.Contract!.Amount;
        var (undelivered, delayed) = OrderKernel.DelayPenaltyDecider.LateValues(s.Current, s.Current.Quotation!, contract, TvOrder.DeliveryDate, TvOrder.DeliveryDate, zone, s.Policies.Rounding);
        Assert.True(undelivered.IsZero); // shipped and received in March
        Assert.True(delayed.IsZero);

        var free = s.Current with { Quotation = s.Current.Quotation! with { Lines = [.. s.Current.Quotation.Lines.Select(l => l with { Amount = Money.Zero(Currency.USD) })] } };
        (undelivered, delayed) = OrderKernel.DelayPenaltyDecider.LateValues(free, free.Quotation!, contract, TvOrder.DeliveryDate, TvOrder.DeliveryDate, zone, s.Policies.Rounding);
        Assert.Equal(contract, undelivered);
        Assert.True(delayed.IsZero);
    }

    [Fact]
    public void AssessDelayPenalty_OnTime_IsZero()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(new AssessDelayPenalty(s.Now.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date, default), Actors.Finance);
        Assert.True(s.Current.DelayPenalty!.Amount.IsZero);
        Assert.Equal(0, s.Current.DelayPenalty.DaysLate);
    }

    [Fact]
    public void AssessDelayPenalty_AsOfTheFuture_IsRejected()
    {
        var s = TvOrder.Through(Stage.Shipped);
        s.Refuse(new AssessDelayPenalty(new LocalDate(2030, 1, 1), default), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R39");
    }

    [Fact]
    public void RecordExcusableDelay_Backwards_IsRejected()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Refuse(new RecordExcusableDelay(ExcusableCause.ForceMajeure, new LocalDate(2026, 7, 2), new LocalDate(2026, 7, 1), "typhoon"), Actors.SalesManager).Has(ViolationCodes.InvalidInput);
    }

    private static readonly Lazy<Scenario> Released = new(() => TvOrder.Through(Stage.Released));

    // The TV order with `onTime` sets dispatched on 29 June and the rest dispatched (and all received) `late` days after
    // 30 June; or, with `received` false, the rest dispatched but not yet confirmed.
    private static Order Delivered(int onTime, int late, bool received)
    {
        var state = Released.Value.Current;
        var at = Instant.FromUtc(2026, 6, 29, 1, 0);
        if (onTime > 0)
        {
            state = Do(state, new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(onTime)))), Actors.Warehouse, at);
        }

        at = Instant.FromUtc(2026, 6, 30, 1, 0).Plus(Duration.FromDays(late));
        state = Do(state, new Ship("COSCO", "truck 2", "WB-2", default), Actors.Warehouse, at);
        return received ? Do(state, new ConfirmDelivery("dock", at), Actors.Customer, at) : state;

        static Order Do(Order s, OrderCommand c, Actor actor, Instant now) =>
            OrderDecider.Decide(s, c, DecisionContext.Create(now, actor)).AsT0.State;
    }

    private static DelayAssessment AssessOrder(Order order, int late, IDelayPenaltyPolicy policy) =>
        OrderKernel.DelayPenaltyDecider.Assess(
            order, OrderKernel.SignedTerms.Of(order)!, TvOrder.DeliveryDate.PlusDays(late), ValueList<string>.Of("Line 3"), DateTimeZoneProviders.Tzdb["Asia/Shanghai"], OrderPolicies.Default with { DelayPenalty = policy });

    [Property(MaxTest = 60)]
    public Property PenaltyOnEveryBase_IsMonotoneInDaysLateAndInTheLatePart_CappedAndAtMostTheContractValuePenalty_R39_R40() =>
        Prop.ForAll(
            (from onTime in Gen.Choose(0, 1_999)
             from x in Gen.Choose(0, 40)
             from y in Gen.Choose(0, 40)
             from received in Gen.Elements(true, false)
             select (onTime, x, y, received)).ToArbitrary(),
            c =>
            {
                var (onTime, x, y, received) = c;
                var (less, more) = (Math.Min(x, y), Math.Max(x, y));
                var earlier = Delivered(onTime, less, received);
                var later = Delivered(onTime, more, received);
                var moreOnTime = Delivered(Math.Min(1_999, onTime + 500), more, received);
                foreach (var basis in new[] { PenaltyBase.UndeliveredValue, PenaltyBase.DelayedValue, PenaltyBase.ContractValue })
                {
                    var policy = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { Base = basis });
                    var a = AssessOrder(earlier, less, policy).Amount;
                    var b = AssessOrder(later, more, policy).Amount;
                    var withMoreOnTime = AssessOrder(moreOnTime, more, policy).Amount;
                    var onContract = AssessOrder(later, more, DelayPenaltyPolicy.Default).Amount;
                    Assert.True(a <= b, $"{basis}: {less} days {a} > {more} days {b}");
                    Assert.True(withMoreOnTime <= b, $"{basis}: more on time {withMoreOnTime} > {b}");
                    Assert.True(!a.IsNegative && b <= onContract && b.Amount <= 17_000m, $"{basis}: {b} above {onContract}");
                }
            });

    /// <summary>Create is the composition it documents, on the bases of real orders (amount, scale, trace, cap).</summary>
    [Property(MaxTest = 60)]
    public Property Create_AgreesWithTheComposition_OnTheBasesOfPartlyLateOrders_R39() =>
        Prop.ForAll(
            OptionsGen.ToArbitrary(),
            (from onTime in Gen.Choose(0, 1_999)
             from late in Gen.Choose(0, 60)
             from received in Gen.Elements(true, false)
             select (onTime, late, received)).ToArbitrary(),
            (options, c) =>
            {
                var (onTime, late, received) = c;
                var order = Delivered(onTime, late, received);
                var created = AssessOrder(order, late, DelayPenaltyPolicy.Create(options));
                var composed = AssessOrder(order, late, Composed(options));
                Assert.Equal(composed.Amount, created.Amount);
                Assert.Equal(composed.Amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), created.Amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(composed.Trace, created.Trace);
                Assert.Equal(composed.CapReached, created.CapReached);
            });

    private static Arbitrary<int> Days() => Gen.Choose(0, 400).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Penalty_IsZeroWhenOnTime_MonotoneInLateness_NeverNegative_NeverAboveTheCap() =>
        Prop.ForAll(Days(), Days(), (x, y) =>
        {
            var (less, more) = (Math.Min(x, y), Math.Max(x, y));
            var a = Assess(DelayPenaltyPolicy.Default, less);
            var b = Assess(DelayPenaltyPolicy.Default, more);
            Assert.Equal(0m, Assess(DelayPenaltyPolicy.Default, 0).Amount);
            Assert.True(a.Amount <= b.Amount && a.Points <= b.Points);
            Assert.True(a.Amount >= 0m && b.Amount <= 17_000m);
        });

    [Property(MaxTest = 200)]
    public Property Tiers_AreMonotoneToo() =>
        Prop.ForAll(Days(), Days(), Gen.Choose(0, 10).ToArbitrary(), (x, y, grace) =>
        {
            var policy = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions
            {
                GraceDays = grace,
                Tiers = ValueList<PenaltyTier>.Of(new PenaltyTier(1, 28, Percentage.Of(0.5m), PenaltyPeriod.Week), new PenaltyTier(29, null, Percentage.Of(1m), PenaltyPeriod.Week)),
                CapPercentOfContract = Percentage.Of(5m),
            });
            var (less, more) = (Math.Min(x, y), Math.Max(x, y));
            var a = Assess(policy, less).Amount;
            var b = Assess(policy, more).Amount;
            return a <= b && a >= 0m && b <= 8_500m;
        });

    [Property(MaxTest = 100)]
    public Property ExcusableDays_NeverIncreaseThePenalty() =>
        Prop.ForAll(Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(-10, 60).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (late, offset, length) =>
        {
            var s = TvOrder.Through(Stage.Shipped);
            var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
            var asOf = TvOrder.DeliveryDate.PlusDays(late);
            var without = OrderKernel.DelayPenaltyDecider.Assess(s.Current, OrderKernel.SignedTerms.Of(s.Current)!, asOf, default, zone, s.Policies);
            var from = TvOrder.DeliveryDate.PlusDays(offset);
            s.Do(new RecordExcusableDelay(ExcusableCause.ForceMajeure, from, from.PlusDays(length), "typhoon"), Actors.SalesManager);
            var with = OrderKernel.DelayPenaltyDecider.Assess(s.Current, OrderKernel.SignedTerms.Of(s.Current)!, asOf, default, zone, s.Policies);
            return with.Amount <= without.Amount && with.ChargeableDays <= without.ChargeableDays && with.ChargeableDays >= 0;
        });

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public FsCheck.Property Explain_AgreesWithAssess_TheLastLineIsTheAmount_AndTheCapLineAppearsOnlyWhenCapped_R40() =>
        FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, 400)),
            FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, 10)),
            (days, grace) =>
            {
                var policy = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { GraceDays = grace, CapAmount = 12_345.67m });
                var result = Assess(policy, days);
                var trace = Explain(policy, days);
                Assert.Equal(result.Amount, trace[^1].Amount);
                Assert.Equal(result.CapReached, trace.Any(l => l.Step.StartsWith("capped", StringComparison.Ordinal)));
                Assert.Equal(grace > 0, trace[0].Step.StartsWith("grace", StringComparison.Ordinal));
            });

    private static readonly Gen<DelayPenaltyPolicyOptions> OptionsGen =
        from grace in Gen.Choose(0, 10)
        from firstTierEnd in Gen.Choose(0, 40)
        from firstRate in Gen.Choose(0, 300)
        from secondRate in Gen.Choose(0, 300)
        from perWeek in Gen.Elements(false, true)
        from basis in Gen.Elements(PenaltyBase.ContractValue, PenaltyBase.DelayedValue, PenaltyBase.UndeliveredValue)
        from fixedPerDay in Gen.Elements(0m, 0.5m, 25m, 1_000m, 0.125m)
        from capPercent in Gen.Elements<Percentage?>(null, Percentage.Of(5m), Percentage.Of(10m), Percentage.Of(100m))
        from capAmount in Gen.Elements<decimal?>(null, 0m, 1_234.5m, 50_000m, 0.0005m, 0.0000005m)
        from points in Gen.Elements(0m, 1m, 0.5m)
        from rounding in Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero, MidpointRounding.ToPositiveInfinity, MidpointRounding.ToNegativeInfinity)
        select new DelayPenaltyPolicyOptions
        {
            GraceDays = grace,
            Tiers = firstTierEnd == 0
                ? default
                : ValueList<PenaltyTier>.Of(
                    new PenaltyTier(1, firstTierEnd, Percentage.Of(firstRate / 100m), PenaltyPeriod.Day),
                    new PenaltyTier(firstTierEnd + 1, null, Percentage.Of(secondRate / 100m), perWeek ? PenaltyPeriod.Week : PenaltyPeriod.Day)),
            Base = basis,
            FixedPerDay = fixedPerDay,
            CapPercentOfContract = capPercent,
            CapAmount = capAmount,
            PointsPerDayPerParty = points,
            Rounding = rounding,
        };

    // The composition Create documents, built from the public combinators.
    private static IDelayPenaltyPolicy Composed(DelayPenaltyPolicyOptions o)
    {
        var parts = new List<IDelayPenaltyPolicy>();
        if (o.PointsPerDayPerParty > 0m)
        {
            parts.Add(DelayPenaltyPolicy.PointsPerDay(o.PointsPerDayPerParty));
        }

        if (!o.Tiers.IsEmpty)
        {
            parts.Add(DelayPenaltyPolicy.Tiered(o.Tiers, o.Base));
        }

        if (o.FixedPerDay > 0m)
        {
            parts.Add(DelayPenaltyPolicy.FixedPerDay(o.FixedPerDay));
        }

        var policy = DelayPenaltyPolicy.WithGrace(DelayPenaltyPolicy.Sum([.. parts]), o.GraceDays);
        if (o.CapPercentOfContract is not null || o.CapAmount is not null)
        {
            policy = DelayPenaltyPolicy.WithCap(policy, o.CapPercentOfContract, o.CapAmount);
        }

        return DelayPenaltyPolicy.Rounded(policy, o.Rounding);
    }

    /// <summary>
    /// Create is the documented composition for currencies of 0, 2 and 3 decimals, rates with many digits and contract
    /// values up to the decimal range.
    /// </summary>
    [Property(MaxTest = 1500)]
    public Property Create_AgreesWithTheComposition_ForAnyCurrencyRateAndSize_R39() =>
        Prop.ForAll(
            // Rates and caps with many digits and up to 22 decimals.
            (from o in OptionsGen
             from rate in Gen.Elements(0.5m, 0.05m, 1.2345678901234m, 0.000000000001m, 7m, 100m, 12.5m, 1.2345678901234567890123m, 0.000000000000000001m)
             from cap in Gen.Elements(o.CapPercentOfContract, o.CapPercentOfContract, Percentage.Of(3.3333333333333333333333m))
             from capAmount in Gen.Elements(o.CapAmount, o.CapAmount, 12_345.678901234567890123m)
             select o with
             {
                 Tiers = o.Tiers.IsEmpty ? default : ValueList<PenaltyTier>.Of(o.Tiers[0] with { Rate = Percentage.Of(rate) }, o.Tiers[1]),
                 CapPercentOfContract = cap,
                 CapAmount = capAmount,
             }).ToArbitrary(),
            (from days in Gen.Elements(0, 1, 3, 30, 400, 100_000)
             from currency in Gen.Elements(Currency.USD, Currency.JPY, Currency.KWD)
             from units in Gen.Elements(1L, 99L, 12_345L, 17_000_000L, 999_999_999_999L, 9_000_000_000_000_000_000L)
             from negativeDelay in Gen.Elements(false, false, false, true)
             from parties in Gen.Choose(0, 3)
             select (days, currency, units, negativeDelay, parties)).ToArbitrary(),
            (options, c) =>
            {
                var contract = Money.FromMinorUnits(c.units, c.currency);
                // A credit on the delayed part (negative).
                var delayed = Money.FromMinorUnits(c.negativeDelay ? -c.units / 3 : c.units / 3, c.currency);
                var undelivered = Money.FromMinorUnits(c.units / 2, c.currency); // distinct from the delayed value: a base read from the wrong field fails
                var input = new PenaltyInput(c.days, contract, delayed, undelivered, c.parties);
                var a = DelayPenaltyPolicy.Create(options).Assess(input);
                var b = Composed(options).Assess(input);
                return a == b
                    && a.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) == b.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            });

    [Property(MaxTest = 500)]
    public Property Create_AssessesExactlyAsTheCompositionItDocuments_R39_R40() =>
        Prop.ForAll(
            OptionsGen.ToArbitrary(),
            (from days in Gen.Choose(0, 400)
             from contract in Gen.Choose(1, 50_000_000)
             from delayedShare in Gen.Choose(0, 100)
             from parties in Gen.Choose(0, 3)
             select (days, contract, delayedShare, parties)).ToArbitrary(),
            (options, c) =>
            {
                var contract = Money.FromMinorUnits(c.contract, Currency.USD);
                var delayed = Money.FromMinorUnits(c.contract / 100 * c.delayedShare, Currency.USD);
                var undelivered = Money.FromMinorUnits(c.contract / 100 * (100 - c.delayedShare / 2), Currency.USD);
                var input = new PenaltyInput(c.days, contract, delayed, undelivered, c.parties);
                var created = DelayPenaltyPolicy.Create(options);
                var composed = Composed(options);
                var a = created.Assess(input);
                var b = composed.Assess(input);

                // Equal values and the same decimal scales (what a statement or JSON would print).
                return a == b
                    && a.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) == b.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && a.Points.ToString(System.Globalization.CultureInfo.InvariantCulture) == b.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && created.Explain(input).SequenceEqual(composed.Explain(input));
            });

    [Fact]
    public void Create_OrdinaryOrders_AmountAtTheCurrencysScale_CappedAtTheLowerCap_R39_R40()
    {
        var options = new DelayPenaltyPolicyOptions();
        var contract = Money.Of(170_000m, Currency.USD);
        var penalty = DelayPenaltyPolicy.Create(options);

        var result = penalty.Assess(new PenaltyInput(3, contract, contract, contract, 1));
        Assert.Equal("2550.00", result.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(result.CapReached);

        result = penalty.Assess(new PenaltyInput(30, contract, contract, contract, 1));
        Assert.Equal("17000.00", result.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)); // 15 % capped at 10 %
        Assert.True(result.CapReached);

        // A cap amount with more decimals than the yen.
        var yen = Money.Of(1_000_000m, Currency.JPY);
        var widened = options with { CapAmount = 0.0000005m, FixedPerDay = 0.125m };
        result = DelayPenaltyPolicy.Create(widened).Assess(new PenaltyInput(3, yen, yen, yen, 0));
        Assert.Equal(0m, result.Amount); // capped at 0.0000005 JPY, rounded half away from zero to 0
        Assert.True(result.CapReached);
        var rateCapped = widened with { CapAmount = 200_000.0000001m }; // the 10 % of the contract is the lower cap
        result = DelayPenaltyPolicy.Create(rateCapped).Assess(new PenaltyInput(30, yen, yen, yen, 0));
        Assert.Equal(100_000m, result.Amount);
        Assert.True(result.CapReached);
        var fine = options with { CapPercentOfContract = null, FixedPerDay = 0.0000125m }; // 7 decimals, no cap
        result = DelayPenaltyPolicy.Create(fine).Assess(new PenaltyInput(3, yen, yen, yen, 0));
        Assert.Equal(15_000m, result.Amount); // 15,000.0000375 to the yen
        Assert.False(result.CapReached);
        var uncapped = widened with { CapAmount = null, CapPercentOfContract = null };
        Assert.Equal(15_000m, DelayPenaltyPolicy.Create(uncapped).Assess(new PenaltyInput(3, yen, yen, yen, 0)).Amount); // 3 × 0.5 % of 1,000,000 plus 3 × 0.125
    }

    [Fact]
    public void Create_HugeValues_Credits_AndTinyRates_AreExact_R39()
    {
        var huge = Money.FromMinorUnits(9_000_000_000_000_000_000L, Currency.USD);
        Assert.Equal(1_350_000_000_000_000.00m, DelayPenaltyPolicy.Default.Assess(new PenaltyInput(3, huge, huge, huge, 0)).Amount);

        var credit = Money.Of(-100m, Currency.USD);
        var onDelayed = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { Base = PenaltyBase.DelayedValue });
        Assert.Equal(-1.50m, onDelayed.Assess(new PenaltyInput(3, huge, credit, credit, 0)).Amount);

        var tiny = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { Tiers = [new PenaltyTier(1, null, Percentage.Of(0.0000000000000001m), PenaltyPeriod.Day)] });
        var dollar = Money.Of(1m, Currency.USD);
        Assert.Equal("0.00", tiny.Assess(new PenaltyInput(3, dollar, dollar, dollar, 0)).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PenaltyInput_And_Options_ExplainTheirRefusals()
    {
        Assert.StartsWith("Days late cannot be negative.", Assert.Throws<ArgumentOutOfRangeException>(() => new PenaltyInput(-1, Thousand, Thousand, Thousand, 0)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The number of responsible parties cannot be negative.", Assert.Throws<ArgumentOutOfRangeException>(() => new PenaltyInput(0, Thousand, Thousand, Thousand, -1)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown penalty base.", Assert.Throws<ArgumentOutOfRangeException>(() => new PenaltyInput(0, Thousand, Thousand, Thousand, 0).Value((PenaltyBase)7)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { CapAmount = -0.01m }));
    }

    [Fact]
    public void Tiers_ThatTouch_Overlap_AndAreRefused_R40()
    {
        var e = Assert.Throws<ArgumentException>(() => DelayPenaltyPolicy.Tiered(
            ValueList<PenaltyTier>.Of(new PenaltyTier(1, 28, Percentage.Of(0.5m), PenaltyPeriod.Day), new PenaltyTier(28, null, Percentage.Of(1m), PenaltyPeriod.Day)),
            PenaltyBase.ContractValue));
        Assert.StartsWith("Penalty tiers must be in day order, start at day 1 or later, and not overlap.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DelayPenaltyPolicy.Tiered(ValueList<PenaltyTier>.Of(new PenaltyTier(0, null, Percentage.Of(1m), PenaltyPeriod.Day)), PenaltyBase.ContractValue));
        Assert.NotNull(DelayPenaltyPolicy.Tiered(
            ValueList<PenaltyTier>.Of(new PenaltyTier(1, 28, Percentage.Of(0.5m), PenaltyPeriod.Day), new PenaltyTier(29, null, Percentage.Of(1m), PenaltyPeriod.Day)),
            PenaltyBase.ContractValue));

        // A tier of a single day (ToDay == FromDay) is allowed and charges that day only.
        var oneDay = DelayPenaltyPolicy.Tiered(
            ValueList<PenaltyTier>.Of(new PenaltyTier(1, 1, Percentage.Of(2m), PenaltyPeriod.Day), new PenaltyTier(2, null, Percentage.Of(1m), PenaltyPeriod.Day)),
            PenaltyBase.ContractValue);
        var contract = Money.Of(1_000m, Currency.USD);
        Assert.Equal(20m + 10m + 10m, oneDay.Assess(new PenaltyInput(3, contract, contract, contract, 0)).Amount);
    }

    [Fact]
    public void Tiers_ExplainOnlyTheTiersReached_PerDayOrPerStartedWeek_R40()
    {
        var policy = DelayPenaltyPolicy.Tiered(
            ValueList<PenaltyTier>.Of(new PenaltyTier(1, 28, Percentage.Of(0.5m), PenaltyPeriod.Day), new PenaltyTier(29, null, Percentage.Of(1m), PenaltyPeriod.Week)),
            PenaltyBase.ContractValue);
        var at28 = policy.Explain(new PenaltyInput(28, Thousand, Thousand, Thousand, 1));
        Assert.Equal("days 1–28: 0.5 % of the ContractValue per day × 28", Assert.Single(at28).Step);
        var at30 = policy.Explain(new PenaltyInput(30, Thousand, Thousand, Thousand, 1));
        Assert.Equal("days 29–30: 1 % of the ContractValue per started week × 1", at30[1].Step);
        Assert.Equal(150m, policy.Assess(new PenaltyInput(30, Thousand, Thousand, Thousand, 1)).Amount);
    }

    [Fact]
    public void Fixed_And_Points_NeverSignalTheCap()
    {
        var input = new PenaltyInput(5, Thousand, Thousand, Thousand, 1);
        var r = DelayPenaltyPolicy.FixedPerDay(10m).Assess(input);
        Assert.Equal(new PenaltyResult(50m, 0m, false, false), r);
        Assert.Equal(new PenaltyResult(0m, 5m, false, false), DelayPenaltyPolicy.PointsPerDay(1m).Assess(input));
    }

    [Fact]
    public void Sum_SignalsTheCapWhenAnyPartReachesIt()
    {
        var capped = DelayPenaltyPolicy.WithCap(DelayPenaltyPolicy.FixedPerDay(100m), null, 50m);
        var input = new PenaltyInput(5, Thousand, Thousand, Thousand, 1);
        var one = DelayPenaltyPolicy.Sum(capped, DelayPenaltyPolicy.PointsPerDay(1m)).Assess(input);
        Assert.True(one.CapReached);
        Assert.True(one.TerminationThresholdReached);
        var two = DelayPenaltyPolicy.Sum(capped, capped, DelayPenaltyPolicy.PointsPerDay(1m)).Assess(input);
        Assert.True(two.CapReached);
        Assert.True(two.TerminationThresholdReached);
        Assert.Equal(100m, two.Amount);
    }

    [Fact]
    public void Grace_ExplainsTheDaysItFrees()
    {
        var policy = DelayPenaltyPolicy.WithGrace(DelayPenaltyPolicy.FixedPerDay(10m), 3);
        var line = policy.Explain(new PenaltyInput(10, Thousand, Thousand, Thousand, 1))[0];
        Assert.Equal("grace period of 3 day(s): 7 of 10 day(s) chargeable", line.Step);
        Assert.Equal(3, line.Days);
        Assert.Equal(2, policy.Explain(new PenaltyInput(2, Thousand, Thousand, Thousand, 1))[0].Days);
    }

    [Fact]
    public void Cap_ReachedExactly_IsReached_AndNamesTheLimitThatApplied_R40()
    {
        var input20 = new PenaltyInput(20, Thousand, Thousand, Thousand, 1);
        var percent = DelayPenaltyPolicy.WithCap(DelayPenaltyPolicy.PercentPer(Percentage.Of(0.5m), PenaltyPeriod.Day, PenaltyBase.ContractValue), Percentage.Of(10m), null);
        var exact = percent.Assess(input20);
        Assert.Equal(100m, exact.Amount);
        Assert.True(exact.CapReached);
        Assert.Equal("capped at 10 % of the contract value 1,000.00 USD: the termination threshold is reached", percent.Explain(input20)[^1].Step);
        Assert.False(percent.Assess(new PenaltyInput(19, Thousand, Thousand, Thousand, 1)).CapReached);

        var lower = DelayPenaltyPolicy.WithCap(DelayPenaltyPolicy.FixedPerDay(10m), Percentage.Of(10m), 60m);
        Assert.Equal("capped at 60 USD: the termination threshold is reached", lower.Explain(input20)[^1].Step);
        var higher = DelayPenaltyPolicy.WithCap(DelayPenaltyPolicy.FixedPerDay(10m), Percentage.Of(10m), 150m);
        Assert.Equal("capped at 10 % of the contract value 1,000.00 USD: the termination threshold is reached", higher.Explain(input20)[^1].Step);
        var equal = DelayPenaltyPolicy.WithCap(DelayPenaltyPolicy.FixedPerDay(10m), Percentage.Of(10m), 100m);
        Assert.Equal("capped at 10 % of the contract value 1,000.00 USD: the termination threshold is reached", equal.Explain(input20)[^1].Step);
        var absoluteOnly = DelayPenaltyPolicy.WithCap(DelayPenaltyPolicy.FixedPerDay(10m), null, 60m);
        Assert.Equal("capped at 60 USD: the termination threshold is reached", absoluteOnly.Explain(input20)[^1].Step);
        Assert.Single(DelayPenaltyPolicy.WithCap(DelayPenaltyPolicy.FixedPerDay(10m), null, 500m).Explain(input20));
    }
}
