using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.AfterSales;

/// <summary>R45: warranty from delivery, complaints resolved by repair, replacement or refund with their settlement effect, exchanges.</summary>
public class AfterSalesTests
{
    private static RegisterComplaint Complaint(string id, int pieces = 2) => new(id, TvOrder.Line, Quantity.Pieces(pieces), "dead pixels");

    private static Money M(decimal amount) => Money.Of(amount, Currency.USD);

    private static LocalDate DeliveredOn(Scenario s) => s.Current.Delivery!.ReceivedAt.InZone(DateTimeZoneProviders.Tzdb[s.Current.TimeZoneId]).Date;

    [Fact]
    public void RegisterComplaint_WithinTwelveMonthsOfDelivery_IsWithinWarranty_R45()
    {
        var s = TvOrder.Through(Stage.Delivered);
        var accepted = s.Do(Complaint("CP-1"), Actors.Sales);
        var complaint = Assert.IsType<ComplaintRegistered>(Assert.Single(accepted.Events)).Complaint;
        Assert.True(complaint.WithinWarranty);
        Assert.Equal(DeliveredOn(s).PlusMonths(12).PlusDays(-1), complaint.WarrantyEnds);
        Assert.Equal($"P12M for every product from delivery on {DeliveredOn(s):uuuu-MM-dd} (R45)", complaint.WarrantyBasis);
        Assert.Null(complaint.Resolution);
        Assert.Equal([complaint], s.Current.Complaints);
    }

    [Fact]
    public void RegisterComplaint_AfterTheWarranty_IsOutsideIt_AndARepairThenMayBeCharged_R45()
    {
        var s = TvOrder.Through(Stage.Completed);
        s.Now += Duration.FromDays(400);
        s.Do(Complaint("CP-1"), Actors.SalesManager);
        Assert.False(s.Current.Complaints[0].WithinWarranty);
        var before = Settlement.Statement(s.Current, s.Policies).AmountDue;
        s.Do(new ResolveComplaint("CP-1", ComplaintRemedy.Repair, M(120m), "new panel fitted"), Actors.QualityManager);
        var resolution = s.Current.Complaints[0].Resolution!;
        Assert.Equal((ComplaintRemedy.Repair, M(120m), Money.Zero(Currency.USD)), (resolution.Remedy, resolution.Charge, resolution.Credit));
        var statement = Settlement.Statement(s.Current, s.Policies);
        Assert.Equal(before + M(120m), statement.AmountDue);
        Assert.Contains(statement.Lines, l => l.Description == "Complaint CP-1: 2 pcs of line 10 resolved by Repair outside warranty" && l.Amount == M(120m));
    }

    [Fact]
    public void ResolveComplaint_RepairOrReplacementWithinWarranty_IsFree_AChargeIsRefused_R45()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(Complaint("CP-1"), Actors.Sales);
        s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Repair, M(50m), "fixed"), Actors.SalesManager).Has(ViolationCodes.FreeWithinWarranty, "R45");
        s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Replacement, M(50m), "swap"), Actors.SalesManager).Has(ViolationCodes.FreeWithinWarranty, "R45");
        s.Do(new ResolveComplaint("CP-1", ComplaintRemedy.Repair, null, "fixed on site"), Actors.SalesManager);
        Assert.True(s.Current.Complaints[0].Resolution!.Charge.IsZero);
        Assert.DoesNotContain(Settlement.Statement(s.Current, s.Policies).Lines, l => l.Description.StartsWith("Complaint", StringComparison.Ordinal));
    }

    [Fact]
    public void ResolveComplaint_Refund_IsACreditOnTheSettlement_AtMostTheGoodsNetValue_AndFinancePaysItOut_R43_R45()
    {
        var s = TvOrder.Through(Stage.Closed);
        s.Do(Complaint("CP-1", 2), Actors.Sales); // 2 × 85.00 net
        s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Refund, M(170.01m), "refund"), Actors.SalesManager).Has(ViolationCodes.RefundExceedsPaid, "R45");
        s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Refund, null, "refund"), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R45");
        s.Do(new ResolveComplaint("CP-1", ComplaintRemedy.Refund, M(170m), "refund"), Actors.SalesManager);
        Assert.Equal(M(-170m), Settlement.Statement(s.Current, s.Policies).AmountDue);
        s.Do(new RecordRefund(M(170m), "RF-CP-1", "complaint CP-1"), Actors.Finance); // a closed order still pays out its after-sales credits
        Assert.True(Settlement.Statement(s.Current, s.Policies).IsSettled);
        Assert.Equal(OrderStatus.Closed, s.Current.Status);
        s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Refund, M(1m), "again"), Actors.SalesManager).Has(ViolationCodes.ComplaintAlreadyResolved, "R45");
    }

    [Fact]
    public void ResolveComplaint_Refund_CountsReturnCreditsAlreadyGiven_AgainstWhatWasPaid_R45()
    {
        var s = TvOrder.Through(Stage.Delivered); // 170,000.00 paid
        s.Do(new RecordReturn(TvOrder.Line, Quantity.Pieces(1996), ReturnKind.Return, "wrong model"), Actors.SalesManager); // 169,660.00 credited
        s.Do(Complaint("CP-1", 4), Actors.Sales); // 340.00 of goods, 340.00 left of what was paid
        var v = s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Refund, M(340.01m), "refund"), Actors.SalesManager).Has(ViolationCodes.RefundExceedsPaid, "R45");
        Assert.Contains("what the customer paid less earlier credits, 340.00 USD", v.Message, StringComparison.Ordinal);
        s.Do(new ResolveComplaint("CP-1", ComplaintRemedy.Refund, M(340m), "refund"), Actors.SalesManager);
    }

    [Fact]
    public void ResolveComplaint_Replacement_OpensTheExchange_WhichTheWarehouseShipsOnce_R45()
    {
        var s = TvOrder.Through(Stage.Completed);
        s.Do(Complaint("CP-7", 3), Actors.Sales);
        var accepted = s.Do(new ResolveComplaint("CP-7", ComplaintRemedy.Replacement, null, "three new sets"), Actors.SalesManager);
        Assert.Equal([typeof(ComplaintResolved), typeof(ExchangeOpened)], accepted.Events.Select(e => e.GetType()));
        var exchange = Assert.Single(s.Current.Exchanges);
        Assert.Equal(("CP-7", "CP-7", 3m, false), (exchange.Id, exchange.ComplaintId, exchange.Quantity.Value, exchange.ShippedAt.HasValue));
        s.Refuse(new ShipReplacement("CP-7", "WB-R1"), Actors.Sales).Has(ViolationCodes.RoleNotAllowed, "R45");
        s.Do(new ShipReplacement("CP-7", "WB-R1"), Actors.Warehouse);
        Assert.Equal(("WB-R1", s.Now), (s.Current.Exchanges[0].Waybill, s.Current.Exchanges[0].ShippedAt!.Value));
        s.Refuse(new ShipReplacement("CP-7", "WB-R2"), Actors.Warehouse).Has(ViolationCodes.ReplacementAlreadyShipped, "R45");
        s.Refuse(new ShipReplacement("EX-9", "WB-R2"), Actors.Warehouse).Has(ViolationCodes.AfterSalesUnknownId, "R45");
        Assert.True(Settlement.Statement(s.Current, s.Policies).IsSettled); // an exchange credits nothing
    }

    [Fact]
    public void ResolveComplaint_ReplacementWhoseIdAnExchangeAlreadyHas_IsRefused_R45()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(new OpenExchange("CP-1", TvOrder.Line, Quantity.Pieces(1), "wrong colour"), Actors.Sales);
        s.Do(Complaint("CP-1"), Actors.Sales);
        s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Replacement, null, "swap"), Actors.SalesManager).Has(ViolationCodes.AfterSalesIdInUse, "R45");
    }

    [Fact]
    public void OpenExchange_CountsReturnsAndEarlierExchanges_UpToWhatWasDelivered_R45()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(new RecordReturn(TvOrder.Line, Quantity.Pieces(1000), ReturnKind.Return, "wrong model"), Actors.SalesManager);
        s.Do(new OpenExchange("EX-1", TvOrder.Line, Quantity.Pieces(999), "scratches"), Actors.Sales);
        var v = s.Refuse(new OpenExchange("EX-2", TvOrder.Line, Quantity.Pieces(2), "more"), Actors.Sales).Has(ViolationCodes.QuantityExceedsDelivered, "R45");
        Assert.Equal("Only 1 pcs of line 10 were delivered and not yet returned or exchanged; got 2.", v.Message);
        s.Refuse(new OpenExchange("EX-1", TvOrder.Line, Quantity.Pieces(1), "again"), Actors.Sales).Has(ViolationCodes.AfterSalesIdInUse, "R45");
        s.Do(new OpenExchange("EX-2", TvOrder.Line, Quantity.Pieces(1), "last"), Actors.Sales);
    }

    [Fact]
    public void RegisterComplaint_Refusals_R45()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(Complaint("CP-1"), Actors.Sales);
        s.Refuse(Complaint("CP-1"), Actors.Sales).Has(ViolationCodes.AfterSalesIdInUse, "R45");
        s.Refuse(Complaint("CP-2", 2001), Actors.Sales).Has(ViolationCodes.QuantityExceedsDelivered, "R45");
        s.Refuse(new RegisterComplaint("CP-3", LineId.From("99"), Quantity.Pieces(1), "?"), Actors.Sales).Has(ViolationCodes.InvalidInput, "R45");
        s.Refuse(new RegisterComplaint("CP-3", TvOrder.Line, Quantity.Of(1m, UnitOfMeasure.Metre), "?"), Actors.Sales).Has(ViolationCodes.InvalidInput, "R45");
        s.Refuse(new RegisterComplaint("CP-3", TvOrder.Line, Quantity.Pieces(0), "?"), Actors.Sales).Has(ViolationCodes.InvalidInput, "R45");
        s.Refuse(Complaint("CP-3"), Actors.Customer).Has(ViolationCodes.RoleNotAllowed, "R45");
        s.Refuse(new ResolveComplaint("CP-9", ComplaintRemedy.Repair, null, "?"), Actors.SalesManager).Has(ViolationCodes.AfterSalesUnknownId, "R45");
        s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Refund, Money.Of(10m, Currency.EUR), "?"), Actors.SalesManager).Has(ViolationCodes.CurrencyMismatch, "R45");
        s.Refuse(new ResolveComplaint("CP-1", ComplaintRemedy.Repair, M(-1m), "?"), Actors.SalesManager);
    }

    [Fact]
    public void AfterSales_BeforeDelivery_IsNotInTheLifecycle_AndOnAnOrderNeverDelivered_IsRefused_R45()
    {
        var shipped = TvOrder.Through(Stage.Shipped);
        shipped.Refuse(Complaint("CP-1"), Actors.Sales);
        var lost = TvOrder.Through(Stage.Approved);
        lost.Do(new DeclineQuotation("price"), Actors.Customer);
        lost.Do(new CloseOrder(), Actors.Finance);
        Assert.Equal(OrderStatus.Closed, lost.Current.Status);
        lost.Refuse(Complaint("CP-1"), Actors.Sales).Has(ViolationCodes.NotDelivered, "R45");
        lost.Refuse(new OpenExchange("EX-1", TvOrder.Line, Quantity.Pieces(1), "?"), Actors.Sales).Has(ViolationCodes.NotDelivered, "R45");
    }

    [Fact]
    public void WarrantyPolicy_PerProduct_OverridesTheDefaultPeriod_R45()
    {
        var line = TvOrder.TvLine();
        var policy = WarrantyPolicy.Create(new WarrantyPolicyOptions { ByProduct = ImmutableDictionary<ProductId, Period>.Empty.Add(line.Product, Period.FromMonths(24)) });
        var term = policy.WarrantyFor(new WarrantyQuestion(line, new LocalDate(2026, 7, 1)));
        Assert.Equal(new LocalDate(2028, 6, 30), term.Ends);
        Assert.StartsWith("P24M for product", term.Basis, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2027, 6, 30), WarrantyPolicy.Default.WarrantyFor(new WarrantyQuestion(line, new LocalDate(2026, 7, 1))).Ends);
        Assert.Throws<ArgumentNullException>(() => WarrantyPolicy.Create(null!));
        Assert.Throws<ArgumentNullException>(() => WarrantyPolicy.Create(new WarrantyPolicyOptions { Period = null! }));
        Assert.Throws<ArgumentNullException>(() => WarrantyPolicy.Create(new WarrantyPolicyOptions { ByProduct = null! }));
        Assert.Throws<ArgumentNullException>(() => policy.WarrantyFor(null!));
    }

    [Fact]
    public void RegisterComplaint_UnderAHostsShorterWarranty_IsOutsideIt_R45()
    {
        var s = new Scenario(OrderPolicies.Default with { Warranty = WarrantyPolicy.Create(new WarrantyPolicyOptions { Period = Period.FromDays(1) }) });
        TvOrder.Through(Stage.Delivered, s);
        s.Now += Duration.FromDays(3);
        s.Do(Complaint("CP-1"), Actors.Sales);
        Assert.False(s.Current.Complaints[0].WithinWarranty);
    }

    /// <summary>R45 invariant: complaint refunds, with return credits, never exceed what the customer paid, and each stays within its goods' value.</summary>
    [Property(MaxTest = 60)]
    public Property ComplaintRefunds_NeverExceedWhatWasPaid_R45() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(1, 900).Zip(Gen.Choose(1, 90_000))).ToArbitrary(), claims =>
        {
            var s = TvOrder.Through(Stage.Delivered);
            for (var i = 0; i < Math.Min(claims.Length, 6); i++)
            {
                var (pieces, cents) = claims[i];
                s.Do(Complaint("CP-" + i, pieces), Actors.Sales);
                var amount = Money.Of(cents * 10m / 100m, Currency.USD);
                var result = s.Try(new ResolveComplaint("CP-" + i, ComplaintRemedy.Refund, amount, "refund"), Actors.SalesManager);
                Assert.Equal(amount.Amount <= pieces * 85m, result.IsT0);
                var credited = s.Current.Complaints.Aggregate(Money.Zero(Currency.USD), (t, c) => t + (c.Resolution?.Credit ?? Money.Zero(Currency.USD)));
                var paid = s.Current.Payments.Aggregate(Money.Zero(Currency.USD), (t, p) => t + p.Amount);
                Assert.True(credited <= paid, $"{credited} credited of {paid} paid");
            }
        });
}
