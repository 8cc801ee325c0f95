using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Settlements;

public class SettlementTests
{
    private static readonly LineId Coil = LineId.From("20");

    /// <summary>A steel-coil order: 10,000 m at 12.50 USD with ±5 % tolerance, taken up to the shipment release.</summary>
    private static Scenario CoilOrder()
    {
        var s = new Scenario();
        var line = OrderLine.Create(Coil, ProductId.From("COIL-1.2MM"), "cold-rolled 1.2 mm", Quantity.Of(10_000m, UnitOfMeasure.Metre), Money.Of(12.50m, Currency.USD), tolerance: DeliveryTolerance.Percent(Percentage.Of(5)));
        s.Do(TvOrder.Receive(line), Actors.Sales);
        TvOrder.Through(Stage.Reviewed, s, from: Stage.Recorded);
        s.Do(new PrepareQuotation(30, ValueList<QuotationPrice>.Of(new QuotationPrice(Coil, Money.Of(12.50m, Currency.USD), Percentage.Zero)), new LocalDate(2026, 3, 31)), Actors.Sales);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.DepartmentHead);
        s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), Actors.GeneralManager);
        s.Do(new AcceptQuotation(), Actors.Customer);
        TvOrder.SignIntoForce(s, 46);
        s.Do(TvOrder.Pay(37_500.00m, "TT-C1", s.Now), Actors.Finance); // 30 % of 125,000
        s.Do(new OrderKernel.ReleaseToProduction(new LocalDate(2026, 6, 1)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 1) }, Actors.ProductionManager);
        s.Do(new OrderKernel.CompleteProduction(), Actors.Production);
        s.Do(new OrderKernel.RecordInspection(OrderKernel.QualityGrade.First, 2000, 0, "ok"), Actors.QualityInspector);
        s.Do(TvOrder.Pay(87_500.00m, "TT-C2", s.Now), Actors.Finance);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        return s;
    }

    private static Ship ShipCoil(decimal metres, string waybill) =>
        new("Sinotrans", "truck HU-B556", waybill, ValueList<string>.Of("packing list"), ValueList<ShippedLine>.Of(new ShippedLine(Coil, Quantity.Of(metres, UnitOfMeasure.Metre))));

    [Fact]
    public void TheSeedsExportOrder_IsExactToTheCent_R17()
    {
        var s = TvOrder.Through(Stage.Contracted);
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), s.Current.Contract!.Amount);
        Assert.Equal([51_000.00m, 119_000.00m], s.Current.Contract.Installments.Select(i => i.Amount.Amount));
    }

    [Fact]
    public void SteelCoil_DeliveredAt9600_IsCompleteAndInvoicedOnTheDeliveredQuantity_R32_R44()
    {
        var s = CoilOrder();
        s.Do(ShipCoil(9_600m, "WB-1"), Actors.Warehouse);
        s.Do(new ConfirmDelivery("mill dock", s.Now), Actors.Customer);
        var completed = s.Do(new CompleteOrder(), Actors.Sales);
        Assert.DoesNotContain(completed.Events, e => e is SupplementalOrderProposed);
        var statement = Settlement.Statement(s.Current, s.Policies);
        var trueUp = statement.Lines.Single(l => l.Description.StartsWith("Delivered-quantity true-up", StringComparison.Ordinal));
        Assert.Equal(Money.Of(-5_000.00m, Currency.USD), trueUp.Amount); // 400 m × 12.50
        Assert.Equal(Money.Of(-5_000.00m, Currency.USD), statement.AmountDue); // overpaid: refundable
        s.Refuse(new CloseOrder(), Actors.Finance).Has(ViolationCodes.NotFullyPaid, "R43");
        s.Do(new RecordRefund(Money.Of(5_000.00m, Currency.USD), "RF-1", "400 m not delivered"), Actors.Finance);
        s.Do(new CloseOrder(), Actors.Finance);
    }

    [Fact]
    public void SteelCoil_DeliveredAt9400_ProposesASupplementalOrderForTheShortfall_R32()
    {
        var s = CoilOrder();
        s.Do(ShipCoil(9_400m, "WB-1"), Actors.Warehouse);
        s.Do(new ConfirmDelivery("mill dock", s.Now), Actors.Customer);
        var completed = s.Do(new CompleteOrder(), Actors.Sales);
        var proposal = Assert.IsType<SupplementalOrderProposed>(completed.Events[1]).Proposal;
        Assert.Equal(Quantity.Of(600m, UnitOfMeasure.Metre), proposal.Missing);
        Assert.Single(s.Current.SupplementalOrders);
    }

    [Fact]
    public void SteelCoil_PartialShipments_AddUp_AndOverDeliveryBeyondToleranceIsRefused_R32()
    {
        var s = CoilOrder();
        s.Do(ShipCoil(6_000m, "WB-1"), Actors.Warehouse);
        s.Do(ShipCoil(4_000m, "WB-2"), Actors.Warehouse);
        Assert.Equal(10_000m, s.Current.ShippedQuantity(Coil));
        s.Do(ShipCoil(500m, "WB-3"), Actors.Warehouse); // 10,500 = +5 %
        s.Refuse(ShipCoil(1m, "WB-4"), Actors.Warehouse).Has(ViolationCodes.OverDelivery, "R32");
    }

    [Fact]
    public void ReleaseForShipment_CoveredByAValidLetterOfCredit_R18()
    {
        var s = TvOrder.Through(Stage.Inspected);
        s.Do(new RegisterLetterOfCredit("LC-88", "Bank of China", Money.Of(119_000.00m, Currency.USD), new LocalDate(2026, 12, 31), ValueList<string>.Of("bill of lading")), Actors.Finance);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        Assert.Equal(OrderStatus.ReleasedForShipment, s.Current.Status);
    }

    [Fact]
    public void ReleaseForShipment_InsufficientOrExpiredLetterOfCredit_SaysWhy_R18()
    {
        var s = TvOrder.Through(Stage.Inspected);
        s.Do(new RegisterLetterOfCredit("LC-88", "Bank of China", Money.Of(100_000.00m, Currency.USD), new LocalDate(2026, 3, 5), default), Actors.Finance);
        Assert.Contains("covers only 100,000.00 USD", s.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.PaymentDueBeforeShipment).Message, StringComparison.Ordinal);
        s.Now = Instant.FromUtc(2026, 3, 10, 1, 0);
        s.Do(new RegisterLetterOfCredit("LC-89", "Bank of China", Money.Of(119_000.00m, Currency.USD), new LocalDate(2026, 3, 11), default), Actors.Finance);
        s.Now = Instant.FromUtc(2026, 3, 12, 1, 0);
        Assert.Contains("expired on 2026-03-11", s.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.PaymentDueBeforeShipment).Message, StringComparison.Ordinal);

        // On its expiry day a letter of credit is still valid: too small, it "covers only", it has not "expired".
        var lastDay = TvOrder.Through(Stage.Inspected);
        lastDay.Now = Instant.FromUtc(2026, 3, 10, 1, 0);
        lastDay.Do(new RegisterLetterOfCredit("LC-90", "Bank of China", Money.Of(100_000.00m, Currency.USD), new LocalDate(2026, 3, 10), default), Actors.Finance, Duration.Zero);
        Assert.Contains("letter of credit LC-90 covers only 100,000.00 USD", lastDay.Refuse(new ReleaseForShipment(), Actors.VicePresident, Duration.Zero).Has(ViolationCodes.PaymentDueBeforeShipment).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveShipmentException_ByTheGeneralManager_LetsTheGoodsLeave_R17()
    {
        var s = TvOrder.Through(Stage.Inspected);
        s.Refuse(new ApproveShipmentException("key account"), Actors.SalesManager).Has(ViolationCodes.RoleNotAllowed);
        s.Do(new ApproveShipmentException("key account; parent company guarantee"), Actors.GeneralManager);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        s.Do(new Ship("COSCO", "driver 1", "WB-1", default), Actors.Warehouse);
        Assert.Equal("key account; parent company guarantee", s.Current.ShipmentException!.Reason);
    }

    [Fact]
    public void Overpayment_IsRefundable_AndRefundsAreRecorded_R19_R43()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        s.Do(TvOrder.Pay(100.00m, "TT-EXTRA", s.Now), Actors.Finance);
        Assert.Equal(Money.Of(-100.00m, Currency.USD), Settlement.Statement(s.Current, s.Policies).AmountDue);
        Assert.Equal(BalanceStanding.Overpaid, Settlement.Statement(s.Current, s.Policies).Standing);
        s.Refuse(new RecordRefund(Money.Of(200_000m, Currency.USD), "RF-X", "too much"), Actors.Finance).Has(ViolationCodes.PaymentAmountInvalid);
        s.Do(new RecordRefund(Money.Of(100.00m, Currency.USD), "RF-1", "overpayment"), Actors.Finance);
        Assert.True(Settlement.Statement(s.Current, s.Policies).IsSettled);
    }

    [Fact]
    public void Refunds_UpToExactlyWhatWasPaid_AndTheStandingEachWay_R43()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        Assert.Equal(BalanceStanding.Settled, Settlement.Statement(s.Current, s.Policies).Standing);
        var paid = s.Current.TotalPaid;
        Assert.Equal(
            $"A refund needs a reference, a reason and a positive amount of at most the {paid} paid; got {paid + Money.Of(0.01m, Currency.USD)}.",
            s.Refuse(new RecordRefund(paid + Money.Of(0.01m, Currency.USD), "RF-X", "too much"), Actors.Finance).Has(ViolationCodes.PaymentAmountInvalid, "R43").Message);
        s.Do(new RecordRefund(paid, "RF-ALL", "goods never shipped"), Actors.Finance);
        var statement = Settlement.Statement(s.Current, s.Policies);
        Assert.Equal(BalanceStanding.Underpaid, statement.Standing);
        Assert.Equal(
            $"The order is not settled: {statement.AmountDue} is still due from the customer.",
            SettlementDecider.CheckSettled(s.Current, s.Policies)!.Message);

        var over = TvOrder.Through(Stage.BalancePaid);
        over.Do(TvOrder.Pay(100.00m, "TT-EXTRA", over.Now), Actors.Finance);
        Assert.Equal($"The order is not settled: {Money.Of(100.00m, Currency.USD)} is still owed to the customer (refund).", SettlementDecider.CheckSettled(over.Current, over.Policies)!.Message);
    }

    [Fact]
    public void RecordReturn_CountsEarlierReturnsOfTheSameLine_UpToWhatShipped_R45()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(new RecordReturn(TvOrder.Line, Quantity.Pieces(1990), ReturnKind.Return, "wrong model"), Actors.SalesManager);
        Assert.Equal("Only 10 pcs of line 10 can still be returned.", s.Refuse(new RecordReturn(TvOrder.Line, Quantity.Pieces(11), ReturnKind.Return, "more"), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R45").Message);
        s.Do(new RecordReturn(TvOrder.Line, Quantity.Pieces(10), ReturnKind.Exchange, "the last ten"), Actors.SalesManager);
        Assert.Equal(2, s.Current.Returns.Count);
    }

    [Fact]
    public void RecordReturn_CreditsTheNetPrice_ExchangeCreditsNothing_R45()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(new RecordReturn(TvOrder.Line, Quantity.Pieces(3), ReturnKind.Return, "cracked panels"), Actors.SalesManager);
        s.Do(new RecordReturn(TvOrder.Line, Quantity.Pieces(2), ReturnKind.Exchange, "dead pixels"), Actors.SalesManager);
        Assert.Equal(Money.Of(255.00m, Currency.USD), s.Current.Returns[0].Credit);
        Assert.True(s.Current.Returns[1].Credit.IsZero);
        Assert.Equal(Money.Of(-255.00m, Currency.USD), Settlement.Statement(s.Current, s.Policies).AmountDue);
        s.Refuse(new RecordReturn(TvOrder.Line, Quantity.Pieces(1996), ReturnKind.Return, "all of them"), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R45");
    }

    [Fact]
    public void CancelledAfterProduction_StatementChargesTheForfeitedDeposit_R36()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new OrderKernel.CancelOrder("market collapsed"), Actors.GeneralManager);
        var statement = Settlement.Statement(s.Current, s.Policies);
        Assert.True(statement.IsSettled); // the 51,000 deposit paid equals the charge
        s.Do(new CloseOrder(), Actors.Finance);
    }

    [Property(MaxTest = 500)]
    public Property Installments_SumToTheContractAmount_ForAnyAmountAndShares_R17() =>
        Prop.ForAll(Gen.Choose(0, 2_000_000_000).ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), (cents, a, b) =>
        {
            var first = Math.Min(a, 100 - 1);
            var second = Math.Min(b, 100 - first - 1);
            var third = 100 - first - second;
            var shares = new[] { first, second, third }.Where(x => x > 0).Select((x, i) => Installment.Create("i" + i, Percentage.Of(x), InstallmentDue.OnContract)).ToArray();
            var terms = PaymentTerms.Create(PaymentInstrument.TelegraphicTransfer, shares);
            var amount = Money.FromMinorUnits(cents, Currency.USD);
            return terms.Split(amount).Aggregate(Money.Zero(Currency.USD), (x, y) => x + y) == amount;
        });

    [Property(MaxTest = 150)]
    public Property Statement_LinesSumToTheAmountDue_AndPayingItSettles() =>
        Prop.ForAll(Properties.LifecycleProperties.Sequences(), steps =>
        {
            var s = Properties.LifecycleProperties.Run(steps).Last().Scenario;
            if (s.State is not { Contract: not null } order)
            {
                return;
            }

            var statement = Settlement.Statement(order, s.Policies);
            Assert.Equal(statement.AmountDue, statement.Lines.Aggregate(Money.Zero(Currency.USD), (x, l) => x + l.Amount));
            if (statement.AmountDue.IsPositive && s.Try(TvOrder.Pay(statement.AmountDue.Amount, "TT-SETTLE", s.Now + Duration.FromMinutes(1)), Actors.Finance, Duration.FromMinutes(1)).IsT0)
            {
                Assert.True(Settlement.Statement(s.State!, s.Policies).IsSettled);
            }
        });

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
}
