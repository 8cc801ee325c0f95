using OrderKernel.Cancellations;
using OrderKernel.ChangeRequests;
using OrderKernel.DelayPenalties;
using OrderKernel.Orders;
using OrderKernel.Payments;
using OrderKernel.Primitives;
using OrderKernel.Settlements;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Tests.Support.TvOrder.Stage;

namespace OrderKernel.Tests.Primitives;

/// <summary>
/// Examples written from Stryker.NET's surviving mutants (issue 11) in money, delay penalties and the settlement
/// statement: exact boundaries, argument errors with their messages, and the text people read.
/// </summary>
public class MutationGuardTests
{
    private static readonly Money Thousand = Money.Of(1_000m, Currency.USD);

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

    [Fact]
    public void Percentage_Fraction_KeepsTwoMoreDecimals_AndTheSmallestScales()
    {
        Assert.Equal("0.30", Percentage.Of(30m).Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.005", Percentage.Of(0.5m).Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.000000000000000000000000001m / 100m, Percentage.Of(0.000000000000000000000000001m).Fraction);
        Assert.Equal(0.00000000000000000000000001m / 100m, Percentage.Of(0.00000000000000000000000001m).Fraction);
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

    [Fact]
    public void Statement_RefusesNulls_AndNamesChangesAndCancellations_R37_R43()
    {
        Assert.Throws<ArgumentNullException>(() => Settlement.Statement(null!, OrderPolicies.Default));
        var s = TvOrder.Through(Stage.DepositPaid);
        Assert.Throws<ArgumentNullException>(() => Settlement.Statement(s.Current, null!));
        s.Do(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD)), "volume rebate"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), Actors.FinanceManager);
        s.Do(new ApplyChangeRequest("CR-1"), Actors.SalesManager);
        var lines = Settlement.Statement(s.Current, s.Policies).Lines;
        Assert.Equal(170_000.00m, lines[0].Amount.Amount); // the contract as signed; the change is its own line
        Assert.Equal("Change CR-1 (revision 1): line 10 unit price 85.00 USD -> 84.00 USD", lines[1].Description);
        Assert.Equal(["change-applied.v1 CR-1"], lines[1].Sources);

        // A change recorded without a field diff (an event written by another system) is named by its kind.
        var withoutDiff = s.Events.Select(e => e is ChangeApplied a ? a with { Record = a.Record with { Diff = default } } : e);
        var replayed = OrderDecider.Replay(withoutDiff)!;
        Assert.Equal("Change CR-1 (revision 1): UnitPrice", Settlement.Statement(replayed, s.Policies).Lines[1].Description);

        s.Do(new CancelOrder("customer withdrew", Money.Of(5_000m, Currency.USD)), Actors.SalesManager);
        var cancelled = Settlement.Statement(s.Current, s.Policies).Lines;
        Assert.Contains(cancelled, l => l.Description == "Contract released by cancellation: customer withdrew" && l.Amount.Amount == -168_000.00m && l.Sources.SequenceEqual(["order-cancelled.v1"]));
        Assert.Contains(cancelled, l => l.Description.StartsWith("Cancellation charge (", StringComparison.Ordinal) && l.Amount.Amount == 5_000.00m && l.Sources.SequenceEqual(["order-cancelled.v1"]));
    }

    [Fact]
    public void PaymentTerms_RefuseMalformedInstallments_AndSplitHugeAmountsExactly_R17()
    {
        var days = Assert.Throws<ArgumentException>(() => Installment.Create("deposit", Percentage.Of(30m), InstallmentDue.OnContract, 10));
        Assert.StartsWith("Days apply only to installments due a number of days after the invoice.", days.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => PaymentTerms.Create(PaymentInstrument.TelegraphicTransfer));
        Assert.StartsWith("Payment terms need at least one installment.", empty.Message, StringComparison.Ordinal);
        var sum = Assert.Throws<ArgumentException>(() => PaymentTerms.Create(PaymentInstrument.TelegraphicTransfer, Installment.Create("deposit", Percentage.Of(30m), InstallmentDue.OnContract)));
        Assert.StartsWith("Installment shares sum to 30 %, not 100 %.", sum.Message, StringComparison.Ordinal);
        var index = Assert.Throws<ArgumentOutOfRangeException>(() => PaymentTerms.Default.AmountOf(2, Money.Of(100m, Currency.USD)));
        Assert.StartsWith("There are 2 installments.", index.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentTerms.Default.AmountOf(-1, Money.Of(100m, Currency.USD)));

        // Amounts far beyond the integer shortcut (whose products would overflow) take the general path and still split exactly.
        foreach (var units in new[] { 4_000_000_000_000_000_001L, -4_000_000_000_000_000_001L, (1L << 40) + 1, -(1L << 40) - 1 })
        {
            var huge = Money.FromMinorUnits(units, Currency.USD);
            var split = PaymentTerms.Default.Split(huge);
            Assert.Equal(split[0], PaymentTerms.Default.AmountOf(0, huge));
            Assert.Equal(split[1], PaymentTerms.Default.AmountOf(1, huge));
            Assert.Equal(huge, split[0] + split[1]);
        }
    }

    [Fact]
    public void Authorization_RefusesUnknownKinds_AndNamesKindsNoRoleMayIssue_R34()
    {
        var policy = OrderKernel.Authorization.AuthorizationPolicy.Default;
        Assert.Throws<ArgumentNullException>(() => policy.Authorize(null!, CommandKind.CloseOrder));
        var unknown = policy.Authorize(Actors.SalesManager, (CommandKind)999)!;
        Assert.Equal((ViolationCodes.InvalidInput, "Unknown command kind 999.", "kernel"), (unknown.Code, unknown.Message, unknown.Rule));
        var pastTheLast = (CommandKind)Enum.GetValues<CommandKind>().Length; // the first value beyond the table
        Assert.Equal($"Unknown command kind {(int)pastTheLast}.", policy.Authorize(Actors.SalesManager, pastTheLast)!.Message);

        // A kind left out of the options is allowed to nobody, and the refusal says so.
        var roles = new OrderKernel.Authorization.AuthorizationPolicyOptions().AllowedRoles.Remove(CommandKind.CloseOrder);
        var strict = OrderKernel.Authorization.AuthorizationPolicy.Create(new OrderKernel.Authorization.AuthorizationPolicyOptions { AllowedRoles = roles });
        var nobody = strict.Authorize(Actors.Finance, CommandKind.CloseOrder)!;
        Assert.Equal($"{Actors.Finance.Name} may not CloseOrder: no role is allowed.", nobody.Message);
        Assert.Equal($"{Actors.Sales.Name} may not CloseOrder: needs one of: sales-manager, finance.", OrderKernel.Authorization.AuthorizationPolicy.Default.Authorize(Actors.Sales, CommandKind.CloseOrder)!.Message);
    }

    [Fact]
    public void ShipmentRelease_WithoutAContract_AndALetterOfCreditOnItsLastDay_R18_R30()
    {
        var release = OrderKernel.Shipments.ShipmentReleasePolicy.Default;
        var approved = TvOrder.Through(Stage.Approved);
        var none = Assert.Single(release.Check(approved.Current, approved.Now));
        Assert.Equal((ViolationCodes.PaymentDueBeforeShipment, "There is no signed contract.", "R30"), (none.Code, none.Message, none.Rule));

        // A letter of credit is valid through its expiry date (in the order's time zone), not a day longer.
        var s = TvOrder.Through(Stage.Inspected);
        var expiry = new NodaTime.LocalDate(2026, 3, 20);
        s.Do(new OrderKernel.Shipments.RegisterLetterOfCredit("LC-90", "Bank of China", Money.Of(119_000.00m, Currency.USD), expiry, default), Actors.Finance);
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[s.Current.TimeZoneId];
        var lastDay = expiry.At(new NodaTime.LocalTime(23, 0)).InZoneStrictly(zone).ToInstant();
        Assert.Empty(release.Check(s.Current, lastDay));
        var dayAfter = expiry.PlusDays(1).At(new NodaTime.LocalTime(9, 0)).InZoneStrictly(zone).ToInstant();
        Assert.Contains("expired on 2026-03-20", Assert.Single(release.Check(s.Current, dayAfter)).Message, StringComparison.Ordinal);
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

    [Fact]
    public void CancellationPolicy_WithoutChargingCosts_AndAChargeExactlyTheContractAmount_R36()
    {
        var s = TvOrder.Through(Stage.Contracted);
        var contract = s.Current.Contract!.Amount;
        var free = OrderKernel.Cancellations.CancellationPolicy.Create(new OrderKernel.Cancellations.CancellationPolicyOptions { ChargeCostsAfterContract = false })
            .Assess(s.Current, Money.Of(5_000m, Currency.USD));
        Assert.True(free.Charge.IsZero);
        Assert.Null(free.Refusal);

        var exact = OrderKernel.Cancellations.CancellationPolicy.Default.Assess(s.Current, contract);
        Assert.Equal(contract, exact.Charge);
        Assert.DoesNotContain("capped", exact.Explanation, StringComparison.Ordinal);
        Assert.Equal($"Cancelled after contract {s.Current.Contract.Number}: incurred costs {contract} (R36).", exact.Explanation);
        Assert.Contains("capped at the contract amount", OrderKernel.Cancellations.CancellationPolicy.Default.Assess(s.Current, contract + Money.Of(1m, Currency.USD)).Explanation, StringComparison.Ordinal);
    }
}
