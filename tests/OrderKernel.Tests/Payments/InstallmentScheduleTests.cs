using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Payments;

/// <summary>R18, R20: installments get due dates from their terms; a pure query lists the overdue ones at an instant.</summary>
public class InstallmentScheduleTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static LocalDate Day(Instant at) => at.InZone(Shanghai).Date;

    /// <summary>The TV order on 30 % on contract and 70 % under <paramref name="balance"/>, shipped and invoiced at once.</summary>
    private static Scenario ShippedAndInvoiced(Installment balance)
    {
        var s = new Scenario();
        var terms = PaymentTerms.Create(PaymentInstrument.TelegraphicTransfer, Installment.Create("deposit", Percentage.Of(30m), InstallmentDue.OnContract), balance);
        s.Do(TvOrder.Receive() with { PaymentTerms = terms }, Actors.Sales);
        TvOrder.Through(Stage.Inspected, s, from: Stage.Recorded);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        s.Do(new Ship("COSCO", "truck 1", "WB-1", ValueList<string>.Of("invoice")), Actors.Warehouse);
        s.Do(new IssueInvoice(7, Money.Of(170_000.00m, Currency.USD), 1), Actors.Finance);
        return s;
    }

    [Fact]
    public void Of_TheSeedsTerms_DepositDueTheDayTheContractCameIntoForce_BalanceAtTheRelease_R15_R17_R20()
    {
        var s = TvOrder.Through(Stage.Contracted);

        var schedule = InstallmentSchedule.Of(s.Current);

        Assert.Equal(2, schedule.Count);
        Assert.Equal(Day(s.Current.Contract!.InForceAt!.Value), schedule[0].DueDate);
        Assert.Equal(InstallmentStatus.Open, schedule[0].Status);
        Assert.Null(schedule[1].DueDate);
        Assert.Contains("R30", schedule[1].Basis, StringComparison.Ordinal);
        Assert.Empty(InstallmentSchedule.Of(TvOrder.Through(Stage.Accepted).Current));
    }

    [Fact]
    public void Overdue_AnUnpaidDepositAfterItsDay_IsOverdueUntilPaid_R20()
    {
        var s = TvOrder.Through(Stage.Contracted);
        var inForce = s.Current.Contract!.InForceAt!.Value;

        Assert.Empty(InstallmentSchedule.Overdue(s.Current, inForce));
        Assert.Equal("deposit", Assert.Single(InstallmentSchedule.Overdue(s.Current, inForce + Duration.FromDays(1))).Installment.Installment.Name);
        TvOrder.Through(Stage.DepositPaid, s, from: Stage.DepositPaid);
        Assert.Empty(InstallmentSchedule.Overdue(s.Current, inForce + Duration.FromDays(30)));
    }

    [Fact]
    public void Of_DaysAfterInvoice_CountsFromTheInvoiceDate_R20_R43()
    {
        var s = ShippedAndInvoiced(Installment.Create("balance", Percentage.Of(70m), InstallmentDue.DaysAfterInvoice, 30));
        var invoiced = s.Current.Invoices[0].IssuedAt;

        Assert.Equal(Day(invoiced).PlusDays(30), InstallmentSchedule.Of(s.Current)[1].DueDate);
        Assert.Empty(InstallmentSchedule.Overdue(s.Current, invoiced + Duration.FromDays(30)));
        var overdue = Assert.Single(InstallmentSchedule.Overdue(s.Current, invoiced + Duration.FromDays(31)));
        Assert.Equal((1, InstallmentStatus.Open), (overdue.Index, overdue.Status));
    }

    [Fact]
    public void Of_MonthlySettlement_IsDueDaysAfterTheMonthEndCutOff_R20()
    {
        var s = ShippedAndInvoiced(Installment.Create("monthly", Percentage.Of(70m), InstallmentDue.MonthlySettlement, 30));
        var invoiced = Day(s.Current.Invoices[0].IssuedAt);

        var due = InstallmentSchedule.Of(s.Current)[1].DueDate!.Value;

        Assert.Equal(invoiced.With(DateAdjusters.EndOfMonth).PlusDays(30), due);
        Assert.Contains("cut-off", InstallmentSchedule.Of(s.Current)[1].Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_OnDeliveryAndBeforeTheInvoice_HaveNoDateUntilTheirBasisHappens_R20()
    {
        var s = new Scenario();
        var cod = PaymentTerms.Create(PaymentInstrument.CashOnDelivery, Installment.Create("on delivery", Percentage.Hundred, InstallmentDue.OnDelivery));
        s.Do(TvOrder.Receive() with { PaymentTerms = cod }, Actors.Sales);
        TvOrder.Through(Stage.Contracted, s, from: Stage.Recorded);
        Assert.Null(InstallmentSchedule.Of(s.Current)[0].DueDate);
        TvOrder.Through(Stage.Inspected, s, from: Stage.InProduction);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        s.Do(new Ship("COSCO", "truck 1", "WB-1", ValueList<string>.Of("invoice")), Actors.Warehouse);
        Assert.Null(InstallmentSchedule.Of(s.Current)[0].DueDate);
        var received = s.Now;
        s.Do(new ConfirmDelivery("dock", received), Actors.Customer);

        Assert.Equal(Day(received), InstallmentSchedule.Of(s.Current)[0].DueDate);
        Assert.Single(InstallmentSchedule.Overdue(s.Current, received + Duration.FromDays(2)));
    }

    [Fact]
    public void Of_InvoiceTermsBeforeAnyInvoice_HaveNoDateYet_R20_R43()
    {
        var s = new Scenario();
        var terms = PaymentTerms.Create(
            PaymentInstrument.MonthlySettlement,
            Installment.Create("30 days", Percentage.Of(50m), InstallmentDue.DaysAfterInvoice, 30),
            Installment.Create("monthly", Percentage.Of(50m), InstallmentDue.MonthlySettlement, 30));
        s.Do(TvOrder.Receive() with { PaymentTerms = terms }, Actors.Sales);
        TvOrder.Through(Stage.Contracted, s, from: Stage.Recorded);

        Assert.All(InstallmentSchedule.Of(s.Current), i => Assert.Null(i.DueDate));
        Assert.Empty(InstallmentSchedule.Overdue(s.Current, s.Now + Duration.FromDays(400)));
    }

    [Fact]
    public void Installment_DaysOnlyWithDaysAfterInvoiceOrMonthlySettlement_R20()
    {
        Assert.Equal(30, Installment.Create("monthly", Percentage.Hundred, InstallmentDue.MonthlySettlement, 30).Days);
        Assert.Throws<ArgumentException>(() => Installment.Create("cod", Percentage.Hundred, InstallmentDue.OnDelivery, 3));
    }
}
