using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Holds;

public class HoldAndCancellationTests
{
    [Fact]
    public void PlaceHold_BlocksProgressButNotPayments()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Do(new PlaceHold(HoldCode.Credit, "credit limit exceeded"), Actors.FinanceManager);
        s.Refuse(new PlaceHold(HoldCode.Quality, "again"), Actors.QualityManager).Has(ViolationCodes.AlreadyOnHold);
        s.Do(TvOrder.Pay(51_000m, "TT-1", s.Now), Actors.Finance);
        var blocked = s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager).Has(ViolationCodes.BlockedByHold);
        Assert.Contains("credit limit exceeded", blocked.Message, StringComparison.Ordinal);
        var permitted = OrderDecider.PermittedCommands(s.Current, DecisionContext.Create(s.Now, Actors.ProductionManager));
        Assert.Contains(permitted.Single(p => p.Kind == CommandKind.ReleaseToProduction).Reasons, r => r.Code == ViolationCodes.BlockedByHold);
        s.Do(new ReleaseHold("limit raised"), Actors.FinanceManager);
        s.Refuse(new ReleaseHold("twice"), Actors.FinanceManager).Has(ViolationCodes.NotOnHold);
        s.Do(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager);
    }

    [Fact]
    public void CancelOrder_BeforeContract_IsFree_R36()
    {
        var s = TvOrder.Through(Stage.Quoted);
        s.Do(new CancelOrder("customer bought elsewhere"), Actors.SalesManager);
        Assert.Equal(OrderStatus.Cancelled, s.Current.Status);
        Assert.True(s.Current.Cancellation!.Charge.IsZero);
        Assert.Equal(OrderStatus.Quoted, s.Current.Cancellation.StatusBefore);
    }

    [Fact]
    public void CancelOrder_AfterProductionStarted_ForfeitsTheDeposit_R36()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new CancelOrder("market collapsed", Money.Of(20_000m, Currency.USD)), Actors.GeneralManager);
        Assert.Equal(Money.Of(51_000m, Currency.USD), s.Current.Cancellation!.Charge);
        Assert.True(s.Current.Cancellation.Refund.IsZero);
    }

    [Fact]
    public void CancelOrder_AfterContractBeforeProduction_ChargesIncurredCostsAndRefundsTheRest_R36()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new CancelOrder("customer withdrew", Money.Of(5_000m, Currency.USD)), Actors.SalesManager);
        Assert.Equal(Money.Of(5_000m, Currency.USD), s.Current.Cancellation!.Charge);
        Assert.Equal(Money.Of(46_000m, Currency.USD), s.Current.Cancellation.Refund);
    }

    [Fact]
    public void CancelOrder_Twice_IsATypedRejection_R36()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new CancelOrder("duplicate order"), Actors.SalesManager);
        var v = s.Refuse(new CancelOrder("again"), Actors.SalesManager).Has(ViolationCodes.TransitionNotAllowed);
        Assert.Contains("Cancelled", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CancelOrder_AfterShipmentRelease_IsRefusedByPolicy_R36()
    {
        var s = TvOrder.Through(Stage.Released);
        s.Refuse(new CancelOrder("too late"), Actors.GeneralManager).Has(ViolationCodes.CancellationNotAllowed, "R36");
    }

    [Fact]
    public void CancelOrder_OnHold_ClosesTheHoldPeriodAtTheCancellation_R36()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Do(new PlaceHold(HoldCode.Credit, "credit limit exceeded"), Actors.FinanceManager);
        var placedAt = s.Now;
        s.Do(new CancelOrder("customer withdrew"), Actors.SalesManager, Duration.FromDays(2));
        var cancelledAt = s.Now;

        Assert.Null(s.Current.Hold);
        Assert.Equal([new HoldPeriod(HoldCode.Credit, "credit limit exceeded", placedAt, cancelledAt)], s.Current.HoldHistory);
        Assert.Equal(cancelledAt, s.Current.Cancellation!.CancelledAt);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void CancelOrder_NotOnHold_LeavesTheHoldHistoryAsItWas_R36()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Do(new PlaceHold(HoldCode.Credit, "credit check"), Actors.FinanceManager);
        s.Do(new ReleaseHold("checked"), Actors.FinanceManager);
        var history = s.Current.HoldHistory;
        s.Do(new CancelOrder("customer withdrew"), Actors.SalesManager);

        Assert.Equal(history, s.Current.HoldHistory);
        Assert.Single(s.Current.HoldHistory);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void CancelOrder_WithoutReason_IsRejected_R36()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Refuse(new CancelOrder(""), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R36");
    }
}
