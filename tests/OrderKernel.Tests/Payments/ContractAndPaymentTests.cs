using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Payments;

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

    [Fact]
    public void PaymentTerms_RefuseMalformedInstallments_AndSplitHugeAmountsExactly_R17()
    {
        var days = Assert.Throws<ArgumentException>(() => Installment.Create("deposit", Percentage.Of(30m), InstallmentDue.OnContract, 10));
        Assert.StartsWith("Days apply only to installments due a number of days after the invoice or after the monthly settlement's cut-off.", days.Message, StringComparison.Ordinal);
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
}
