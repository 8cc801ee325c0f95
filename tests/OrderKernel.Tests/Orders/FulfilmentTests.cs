using NodaTime;
using OrderKernel.Cancellations;
using OrderKernel.Holds;
using OrderKernel.Orders;
using OrderKernel.Payments;
using OrderKernel.Primitives;
using OrderKernel.Production;
using OrderKernel.Shipments;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Tests.Support.TvOrder.Stage;

namespace OrderKernel.Tests.Orders;

public class ContractAndPaymentTests
{
    [Fact]
    public void SignContract_NumbersItAndSplitsThirtySeventy_R15_R16_R17()
    {
        var s = TvOrder.Through(Stage.Contracted);
        var c = s.Current.Contract!;
        Assert.Equal("CT-2026-000045", c.Number);
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), c.Amount);
        Assert.Equal(Money.Of(51_000.00m, Currency.USD), c.Deposit);
        Assert.Equal(Money.Of(119_000.00m, Currency.USD), c.Installments[1].Amount);
        Assert.Equal(OrderStatus.AwaitingDeposit, s.Current.Status);
    }

    [Fact]
    public void SignContract_WithoutDeposit_IsReadyForProductionAtOnce_R20()
    {
        var s = new Scenario();
        var cod = PaymentTerms.Create(PaymentInstrument.CashOnDelivery, Installment.Create("on delivery", Percentage.Hundred, InstallmentDue.OnDelivery));
        s.Do(TvOrder.Receive() with { PaymentTerms = cod }, Actors.Sales);
        TvOrder.Through(Stage.Contracted, s, from: Stage.Recorded);
        Assert.Equal(OrderStatus.ReadyForProduction, s.Current.Status);
    }

    [Fact]
    public void ConfirmPayment_OnlyFinanceConfirms_R19()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Refuse(TvOrder.Pay(51_000m, "TT-1", s.Now), Actors.SalesManager).Has(ViolationCodes.RoleNotAllowed, "R19");
    }

    [Fact]
    public void ConfirmPayment_PartialDeposit_KeepsWaitingThenTheRestReleases_R19()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Do(TvOrder.Pay(30_000m, "TT-1", s.Now), Actors.Finance);
        Assert.Equal(OrderStatus.AwaitingDeposit, s.Current.Status);
        Assert.Equal(ValueList<InstallmentStatus>.Of(InstallmentStatus.PartlyPaid, InstallmentStatus.Open), s.Current.Contract!.StatusOf(s.Current.TotalPaid));
        var accepted = s.Do(TvOrder.Pay(21_000m, "TT-2", s.Now), Actors.Finance);
        Assert.IsType<DepositReceived>(accepted.Events[^1]);
        Assert.Equal(OrderStatus.ReadyForProduction, s.Current.Status);
        Assert.Equal("ACME Trading", s.Current.Payments[1].Remitter);
    }

    [Fact]
    public void ConfirmPayment_OtherCurrency_IsRefused_R19()
    {
        var s = TvOrder.Through(Stage.Contracted);
        var euro = new ConfirmPayment(Money.Of(51_000m, Currency.EUR), "ACME", PaymentInstrument.TelegraphicTransfer, "TT-1", s.Now);
        s.Refuse(euro, Actors.Finance).Has(ViolationCodes.CurrencyMismatch, "R19");
    }

    [Fact]
    public void ConfirmPayment_MoreThanOutstanding_DuplicateReference_OrFuture_AreRefused()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Refuse(TvOrder.Pay(0.00m, "TT-0", s.Now), Actors.Finance).Has(ViolationCodes.PaymentAmountInvalid);
        s.Do(TvOrder.Pay(10m, "TT-1", s.Now), Actors.Finance);
        s.Refuse(TvOrder.Pay(10m, "TT-1", s.Now), Actors.Finance).Has(ViolationCodes.PaymentDuplicateReference);
        s.Refuse(TvOrder.Pay(10m, "TT-2", s.Now + Duration.FromDays(2)), Actors.Finance).Has(ViolationCodes.PaymentInFuture);
    }
}

public class ProductionTests
{
    [Fact]
    public void ReleaseToProduction_NewProductWithoutApprovedSample_IsRefused_R14()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(TvOrder.TvLine(isNew: true)), Actors.Sales);
        s.Do(new RecordOrder(123), Actors.Clerk);
        s.Do(new OrderKernel.Reviews.SubmitForReview(), Actors.Sales);
        foreach (var (d, a) in new[] { (OrderKernel.Reviews.Department.Sales, Actors.SalesManager), (OrderKernel.Reviews.Department.Production, Actors.ProductionManager), (OrderKernel.Reviews.Department.Technical, Actors.TechnicalManager), (OrderKernel.Reviews.Department.Procurement, Actors.ProcurementManager), (OrderKernel.Reviews.Department.Quality, Actors.QualityManager) })
        {
            s.Do(TvOrder.Approve(d), a);
        }

        TvOrder.Through(Stage.DepositPaid, s, from: Stage.Quoted);
        s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)), Actors.ProductionManager).Has(ViolationCodes.SampleNotApproved, "R14");
        s.Refuse(new ApproveSample("nothing to see"), Actors.Customer).Has(ViolationCodes.NoSampleAwaitingVerdict, "R14");
        s.Refuse(new SendSample(3, "three sets"), Actors.TechnicalManager).Has(ViolationCodes.InvalidInput, "R14");
        s.Do(new SendSample(2, "2 sets, firmware 3.2"), Actors.TechnicalManager);
        s.Refuse(new SendSample(1, "another"), Actors.TechnicalManager).Has(ViolationCodes.SampleAwaitingVerdict, "R14");
        s.Do(new RejectSample("remote control pairing fails"), Actors.Customer);
        var refusal = s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)), Actors.ProductionManager).Has(ViolationCodes.SampleNotApproved);
        Assert.Contains("remote control pairing fails", refusal.Message, StringComparison.Ordinal);
        s.Do(new SendSample(1, "firmware 3.3"), Actors.TechnicalManager);
        s.Do(new ApproveSample("firmware 3.3 sample OK"), Actors.Customer);
        Assert.Equal(2, s.Current.Sample!.Round);
        s.Do(new ReleaseToProduction(new LocalDate(2026, 6, 15)), Actors.ProductionManager);
        Assert.Equal(OrderStatus.InProduction, s.Current.Status);
    }

    [Fact]
    public void ReleaseToProduction_PlanAfterTheDeliveryDate_IsRefused_R22()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Refuse(new ReleaseToProduction(new LocalDate(2026, 7, 1)), Actors.ProductionManager).Has(ViolationCodes.PlanAfterDeliveryDate, "R22");
    }

    [Fact]
    public void ReleaseToProduction_BySales_IsRefused_R34()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)), Actors.Sales).Has(ViolationCodes.RoleNotAllowed, "R34");
    }

    [Fact]
    public void ReleaseToProduction_BeforeTheDeposit_IsNotATransition_R17()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)), Actors.ProductionManager).Has(ViolationCodes.TransitionNotAllowed);
    }

    [Fact]
    public void ProgressAndExceptions_AreRecorded_R24_R25()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new ReportProgress(Percentage.Of(40), "day 3"), Actors.Production);
        s.Do(new ReportProductionException("panel shortage", Duration.FromDays(2)), Actors.Production);
        s.Refuse(new ReportProgress(Percentage.Of(101), "too much"), Actors.Production).Has(ViolationCodes.InvalidInput, "kernel");
        Assert.Single(s.Current.Production!.Progress);
        Assert.Equal(Duration.FromDays(2), Assert.Single(s.Current.Production.Issues).ExpectedDelay);
    }

    [Fact]
    public void RecordInspection_Failed_SendsBackToRework_R27_R29()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(false, QualityGrade.Second, 125, 9, "backlight bleed"), Actors.QualityInspector);
        Assert.Equal(OrderStatus.InProduction, s.Current.Status);
        Assert.Equal(1, s.Current.Production!.ReworkCount);
        Assert.Null(s.Current.Production.CompletedAt);
        s.Do(new CompleteProduction(), Actors.Production);
        s.Do(new RecordInspection(true, QualityGrade.First, 125, 0, "reworked"), Actors.QualityInspector);
        Assert.Equal(OrderStatus.Inspected, s.Current.Status);
    }

    [Fact]
    public void RecordInspection_MoreDefectsThanSampled_IsRejected_R27()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Refuse(new RecordInspection(true, QualityGrade.First, 10, 11, "?"), Actors.QualityInspector).Has(ViolationCodes.InvalidInput, "R27");
    }
}

public class ShipmentTests
{
    [Fact]
    public void ReleaseForShipment_BeforeTheBalanceIsPaid_SaysExactlyWhatIsMissing_R17_R30()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var v = s.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.PaymentDueBeforeShipment, "R30");
        Assert.Contains("119,000.00 USD is still unpaid of the 170,000.00 USD", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseForShipment_BySales_IsRefusedEvenWhenPaid_R30()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        s.Refuse(new ReleaseForShipment(), Actors.SalesManager).Has(ViolationCodes.RoleNotAllowed, "R30");
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        Assert.Equal(Actors.VicePresident.Id, s.Current.ShipmentRelease!.SignedBy);
    }

    [Fact]
    public void Ship_WithoutRelease_IsRefusedForEveryone_R30()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        foreach (var actor in Actors.All)
        {
            s.Refuse(new Ship("COSCO", "driver 1", "WB-1", default), actor);
        }
    }

    [Fact]
    public void Ship_RecordsTheCarrierIdentityAndDocuments_R31()
    {
        var s = TvOrder.Through(Stage.Shipped);
        var shipment = Assert.Single(s.Current.Shipments);
        Assert.Equal(Quantity.Pieces(2000), Assert.Single(shipment.Lines).Quantity);
        Assert.Equal("COSCO Logistics", shipment.Carrier);
        Assert.Equal(3, shipment.Documents.Count);
        Assert.StartsWith("driver ID", shipment.CarrierIdentity, StringComparison.Ordinal);
    }

    [Fact]
    public void Ship_WithoutCarrierIdentity_IsRejected_R31()
    {
        var s = TvOrder.Through(Stage.Released);
        s.Refuse(new Ship("COSCO", " ", "WB-1", default), Actors.Warehouse).Has(ViolationCodes.InvalidInput, "R31");
    }

    [Fact]
    public void HappyPath_CompletesAndClosesWhenFullyPaid_R42_R43()
    {
        var s = TvOrder.Through(Stage.Closed);
        Assert.Equal(OrderStatus.Closed, s.Current.Status);
        Assert.NotNull(s.Current.CompletedAt);
        Assert.Equal(s.Events.Count, s.Current.Version);
    }

    [Fact]
    public void ConfirmDelivery_BeforeDispatch_IsRejected()
    {
        var s = TvOrder.Through(Stage.Shipped);
        s.Refuse(new ConfirmDelivery("dock", Scenario.Start), Actors.Customer).Has(ViolationCodes.InvalidInput);
    }
}

public class HoldAndCancellationTests
{
    [Fact]
    public void PlaceHold_BlocksProgressButNotPayments()
    {
        var s = TvOrder.Through(Stage.Contracted);
        s.Do(new PlaceHold(HoldCode.Credit, "credit limit exceeded"), Actors.FinanceManager);
        s.Refuse(new PlaceHold(HoldCode.Quality, "again"), Actors.QualityManager).Has(ViolationCodes.AlreadyOnHold);
        s.Do(TvOrder.Pay(51_000m, "TT-1", s.Now), Actors.Finance);
        var blocked = s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)), Actors.ProductionManager).Has(ViolationCodes.BlockedByHold);
        Assert.Contains("credit limit exceeded", blocked.Message, StringComparison.Ordinal);
        var permitted = OrderDecider.PermittedCommands(s.Current, DecisionContext.Create(s.Now, Actors.ProductionManager));
        Assert.Contains(permitted.Single(p => p.Kind == CommandKind.ReleaseToProduction).Reasons, r => r.Code == ViolationCodes.BlockedByHold);
        s.Do(new ReleaseHold("limit raised"), Actors.FinanceManager);
        s.Refuse(new ReleaseHold("twice"), Actors.FinanceManager).Has(ViolationCodes.NotOnHold);
        s.Do(new ReleaseToProduction(new LocalDate(2026, 6, 15)), Actors.ProductionManager);
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

public class LineReferenceTests
{
    [Fact]
    public void PrepareQuotation_APriceNamingNoLine_IsALineMismatch_R13()
    {
        var s = TvOrder.Through(Stage.Reviewed);
        var price = new OrderKernel.Quotations.QuotationPrice(null!, Money.Of(85m, Currency.USD), Percentage.Zero);
        s.Refuse(new OrderKernel.Quotations.PrepareQuotation(12, ValueList<OrderKernel.Quotations.QuotationPrice>.Of(price), new LocalDate(2026, 3, 31)), Actors.Sales)
            .Has(ViolationCodes.MissingValue, "kernel");
        s.Refuse(new OrderKernel.Quotations.PrepareQuotation(12, ValueList<OrderKernel.Quotations.QuotationPrice>.Of(null!), new LocalDate(2026, 3, 31)), Actors.Sales)
            .Has(ViolationCodes.QuotationLineMismatch, "R13");
        var other = new OrderKernel.Quotations.QuotationPrice(LineId.From("99"), Money.Of(85m, Currency.USD), Percentage.Zero);
        s.Refuse(new OrderKernel.Quotations.PrepareQuotation(12, ValueList<OrderKernel.Quotations.QuotationPrice>.Of(other), new LocalDate(2026, 3, 31)), Actors.Sales)
            .Has(ViolationCodes.QuotationLineMismatch, "R13");
    }

    [Fact]
    public void Ship_ALineNamingNoOrderLine_IsRefused_R32()
    {
        var s = TvOrder.Through(Stage.Released);
        s.Refuse(new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(null!, Quantity.Pieces(1)))), Actors.Warehouse)
            .Has(ViolationCodes.MissingValue, "kernel");
        s.Refuse(new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(LineId.From("99"), Quantity.Pieces(1)))), Actors.Warehouse)
            .Has(ViolationCodes.InvalidInput, "R32");
        s.Do(new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(500)))), Actors.Warehouse);
        Assert.Equal(500m, s.Current.ShippedQuantity(TvOrder.Line));
        Assert.Equal(0m, s.Current.ShippedQuantity(LineId.From("99")));
    }
}
