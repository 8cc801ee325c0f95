using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Payments;

public class BankAcceptanceBillTests
{
    private static readonly Instant March10 = Instant.FromUtc(2026, 3, 10, 1, 0);
    private static readonly LocalDate Issued = new(2026, 3, 9);
    private static readonly LocalDate Maturity = new(2026, 6, 9);

    private static Money Usd(decimal amount) => Money.Of(amount, Currency.USD);

    private static RegisterBankAcceptanceBill Bill(string number = "BA-1", decimal amount = 119_000m, string installment = "balance") =>
        new(number, "Bank of China", installment, Usd(amount), Issued, Maturity);

    private static OrderKernel.Testing.OrderDriver Inspected(ShipmentReleasePolicyOptions? options = null)
    {
        var s = TvOrder.Through(Stage.Inspected, options is null ? null : new Scenario(OrderPolicies.Default with { ShipmentRelease = ShipmentReleasePolicy.Create(options) }));
        s.Now = March10;
        return s;
    }

    [Fact]
    public void RegisterBankAcceptanceBill_CoveringTheBalance_IsListedAccepted_AndSecuresRelease_R18()
    {
        var s = Inspected();
        var paid = s.Current.TotalPaid;
        s.Do(Bill(), Actors.Finance);
        var bill = Assert.Single(s.Current.BankAcceptanceBills);
        Assert.Equal(new BankAcceptanceBill("BA-1", "Bank of China", "balance", Usd(119_000m), Issued, Maturity, BillStatus.Accepted), bill);
        Assert.Equal(paid, s.Current.TotalPaid);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        Assert.Equal(OrderStatus.ReleasedForShipment, s.Current.Status);
    }

    [Fact]
    public void ReleaseForShipment_BillTooSmallOrPastMaturityUnsettled_IsRefused_R18()
    {
        var small = Inspected();
        small.Do(Bill(amount: 100_000m), Actors.Finance);
        small.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.PaymentDueBeforeShipment);

        var late = Inspected();
        late.Do(Bill(), Actors.Finance);
        late.Now = Instant.FromUtc(2026, 6, 10, 1, 0);
        late.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.PaymentDueBeforeShipment);
    }

    [Fact]
    public void RegisterAndSettleBankAcceptanceBill_UnderAHold_AreNotBlocked_LikeConfirmPayment_R18()
    {
        var s = Inspected();
        s.Do(new PlaceHold(HoldCode.Credit, "credit check"), Actors.FinanceManager);
        s.Do(Bill(), Actors.Finance);
        s.Now = Instant.FromUtc(2026, 6, 9, 3, 0);
        s.Do(new SettleBankAcceptanceBill("BA-1", BillStatus.Honoured, s.Now), Actors.Finance);
        Assert.Equal(BillStatus.Honoured, Assert.Single(s.Current.BankAcceptanceBills).Status);
        Assert.NotNull(s.Current.Hold);
    }

    [Fact]
    public void ReleaseForShipment_Refused_NamesEverySecurityThePolicyAccepts_AndWhatTheBillsSecure_R17_R18_R30()
    {
        var s = Inspected();
        s.Do(Bill(amount: 100_000m), Actors.Finance);
        var message = s.Refuse(new ReleaseForShipment(), Actors.VicePresident).Violations[0].Message;
        Assert.Contains($"accepted bank acceptance bills not past maturity secure only {Usd(100_000m)}", message, StringComparison.Ordinal);
        Assert.EndsWith("goods ship only after payment is confirmed, against a valid letter of credit, against accepted bank acceptance bills not past maturity, or with an approved exception.", message, StringComparison.Ordinal);

        var strict = Inspected(new ShipmentReleasePolicyOptions { AcceptLetterOfCredit = false, RequireBillHonoured = true, AcceptApprovedException = false });
        strict.Do(Bill(), Actors.Finance);
        var only = strict.Refuse(new ReleaseForShipment(), Actors.VicePresident).Violations[0].Message;
        Assert.EndsWith("; goods ship only after payment is confirmed.", only, StringComparison.Ordinal);
        Assert.DoesNotContain("secure only", only, StringComparison.Ordinal);

        var exceptionOnly = Inspected(new ShipmentReleasePolicyOptions { AcceptLetterOfCredit = false, AcceptBankAcceptanceBill = false });
        Assert.EndsWith("goods ship only after payment is confirmed, or with an approved exception.", exceptionOnly.Refuse(new ReleaseForShipment(), Actors.VicePresident).Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseForShipment_WhenBillsMustBeHonoured_WaitsForHonouring_WhichPaysOnce_R18()
    {
        var s = Inspected(new ShipmentReleasePolicyOptions { RequireBillHonoured = true });
        s.Do(Bill(), Actors.Finance);
        s.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.PaymentDueBeforeShipment);
        s.Now = Instant.FromUtc(2026, 6, 9, 2, 0);
        s.Do(new SettleBankAcceptanceBill("BA-1", BillStatus.Honoured, Instant.FromUtc(2026, 6, 9, 2, 0)), Actors.Finance);
        Assert.Equal(BillStatus.Honoured, s.Current.BankAcceptanceBills[0].Status);
        Assert.Equal(Usd(170_000m), s.Current.TotalPaid);
        var payment = s.Current.Payments[^1];
        Assert.Equal((PaymentInstrument.BankAcceptanceBill, "BA-1", "Bank of China"), (payment.Instrument, payment.Reference, payment.Remitter));
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        Assert.Equal(OrderStatus.ReleasedForShipment, s.Current.Status);
    }

    [Fact]
    public void SettleBankAcceptanceBill_Dishonoured_PaysAndSecuresNothing_R18()
    {
        var s = Inspected();
        s.Do(Bill(), Actors.Finance);
        var paid = s.Current.TotalPaid;
        s.Now = Instant.FromUtc(2026, 6, 9, 2, 0);
        s.Do(new SettleBankAcceptanceBill("BA-1", BillStatus.Dishonoured, s.Now), Actors.Finance);
        Assert.Equal(BillStatus.Dishonoured, s.Current.BankAcceptanceBills[0].Status);
        Assert.Equal(paid, s.Current.TotalPaid);
        s.Refuse(new ReleaseForShipment(), Actors.VicePresident).Has(ViolationCodes.PaymentDueBeforeShipment);
        s.Refuse(new SettleBankAcceptanceBill("BA-1", BillStatus.Honoured, s.Now), Actors.Finance).Has(ViolationCodes.BillAlreadySettled);
    }

    [Fact]
    public void SettleBankAcceptanceBill_HonouringTheDeposit_ReceivesTheDeposit_R17_R18()
    {
        var s = TvOrder.Through(Stage.Contracted);
        var today = s.Now.InZone(DateTimeZoneProviders.Tzdb[s.Current.TimeZoneId]).Date;
        s.Do(new RegisterBankAcceptanceBill("BA-D", "ICBC", "deposit", Usd(51_000m), today, today.PlusDays(1)), Actors.Finance);
        Assert.Equal(OrderStatus.AwaitingDeposit, s.Current.Status);
        s.Do(new SettleBankAcceptanceBill("BA-D", BillStatus.Honoured, s.Now + Duration.FromDays(2)), Actors.Finance, Duration.FromDays(3));
        Assert.Equal(OrderStatus.ReadyForProduction, s.Current.Status);
        Assert.Equal(Usd(51_000m), s.Current.TotalPaid);
    }

    [Fact]
    public void RegisterAndSettleBankAcceptanceBill_OutOfTerms_AreTypedRefusals_R18()
    {
        var s = Inspected();
        s.Refuse(new RegisterBankAcceptanceBill("BA-1", "Bank of China", "balance", Money.Of(1m, Currency.EUR), Issued, Maturity), Actors.Finance).Has(ViolationCodes.CurrencyMismatch);
        s.Refuse(Bill(installment: "retention"), Actors.Finance).Has(ViolationCodes.BillTermsInvalid);
        s.Refuse(Bill(amount: 119_000.01m), Actors.Finance).Has(ViolationCodes.BillTermsInvalid);
        s.Refuse(Bill(amount: 0m), Actors.Finance).Has(ViolationCodes.BillTermsInvalid);
        s.Refuse(Bill() with { MaturityDate = Issued }, Actors.Finance).Has(ViolationCodes.BillTermsInvalid);
        s.Refuse(Bill() with { IssueDate = new LocalDate(2026, 3, 11), MaturityDate = Maturity }, Actors.Finance).Has(ViolationCodes.BillTermsInvalid);
        s.Refuse(Bill() with { MaturityDate = Issued.PlusDays(KernelLimits.MaxDuration.Days + 1) }, Actors.Finance).Has(ViolationCodes.BillTermsInvalid);
        s.Refuse(new SettleBankAcceptanceBill("BA-1", BillStatus.Honoured, s.Now), Actors.Finance).Has(ViolationCodes.BillUnknown);

        s.Do(Bill(), Actors.Finance);
        s.Refuse(Bill(), Actors.Finance).Has(ViolationCodes.BillNumberDuplicate);
        s.Refuse(new SettleBankAcceptanceBill("BA-1", BillStatus.Honoured, s.Now), Actors.Finance).Has(ViolationCodes.BillNotMatured);
        s.Now = Instant.FromUtc(2026, 6, 10, 1, 0);
        s.Refuse(new SettleBankAcceptanceBill("BA-1", BillStatus.Honoured, s.Now + Duration.FromDays(1)), Actors.Finance).Has(ViolationCodes.BillNotMatured);
        s.Refuse(new SettleBankAcceptanceBill("BA-1", BillStatus.Accepted, s.Now), Actors.Finance).Has(ViolationCodes.InvalidInput);

        // The bill number becomes the payment's reference: a transfer already using it makes honouring refuse, not pay twice.
        s.Do(new ConfirmPayment(Usd(1m), "Customer", PaymentInstrument.TelegraphicTransfer, "BA-1", s.Now), Actors.Finance);
        s.Refuse(new SettleBankAcceptanceBill("BA-1", BillStatus.Honoured, s.Now), Actors.Finance).Has(ViolationCodes.PaymentDuplicateReference);
        s.Refuse(Bill("TT-BAL-REF") with { Number = s.Current.Payments[0].Reference }, Actors.Finance).Has(ViolationCodes.BillNumberDuplicate);
    }

    [Property(MaxTest = 40)]
    public Property Bills_NeverCountTwice_AndADishonouredBillNeverSecuresShipment_R18() =>
        Prop.ForAll(Gen.Choose(1, 11_900_000).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (cents, honour) =>
        {
            var amount = Usd(cents / 100m);
            var s = Inspected();
            var paid = s.Current.TotalPaid;
            s.Do(Bill(amount: amount.Amount), Actors.Finance);
            var afterRegistering = s.Current.TotalPaid;
            s.Now = Instant.FromUtc(2026, 6, 9, 2, 0);
            s.Do(new SettleBankAcceptanceBill("BA-1", honour ? BillStatus.Honoured : BillStatus.Dishonoured, s.Now), Actors.Finance);
            var afterSettling = s.Current.TotalPaid;
            s.Refuse(new SettleBankAcceptanceBill("BA-1", BillStatus.Honoured, s.Now), Actors.Finance);
            var released = s.Try(new ReleaseForShipment(), Actors.VicePresident).IsT0;
            return afterRegistering == paid
                && afterSettling == (honour ? paid + amount : paid)
                && s.Current.TotalPaid == afterSettling
                && (honour || !released)
                && released == (honour && cents == 11_900_000);
        });
}
