using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Settlements;

/// <summary>R43: numbered invoices checked against the contract, the deliveries and the changes; credit notes refer to the invoice they correct.</summary>
public class InvoiceTests
{
    private static readonly LineId Coil = LineId.From("1");

    private static Money Usd(decimal amount) => Money.Of(amount, Currency.USD);

    /// <summary>A steel-coil order: 10,000 m at 12.50 USD with ±5 % tolerance, 9,600 m shipped in two deliveries and delivered.</summary>
    private static Scenario CoilDelivered()
    {
        var s = new Scenario();
        var line = OrderLine.Create(Coil, ProductId.From("COIL-1.2MM"), "cold-rolled 1.2 mm", Quantity.Of(10_000m, UnitOfMeasure.Metre), Usd(12.50m), tolerance: DeliveryTolerance.Percent(Percentage.Of(5)));
        s.Do(TvOrder.Receive(line), Actors.Sales);
        TvOrder.Through(Stage.Reviewed, s, from: Stage.Recorded);
        s.Do(new PrepareQuotation(30, ValueList<QuotationPrice>.Of(new QuotationPrice(Coil, Usd(12.50m), Percentage.Zero)), new LocalDate(2026, 3, 31)), Actors.Sales);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.DepartmentHead);
        s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), Actors.GeneralManager);
        s.Do(new AcceptQuotation(), Actors.Customer);
        TvOrder.SignIntoForce(s, 46);
        s.Do(TvOrder.Pay(37_500.00m, "TT-C1", s.Now), Actors.Finance);
        s.Do(new ReleaseToProduction(new LocalDate(2026, 6, 1)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 5, 20) }, Actors.ProductionManager);
        s.Do(new CompleteProduction(), Actors.Production);
        s.Do(new RecordInspection(QualityGrade.First, 40, 0, "ok"), Actors.QualityInspector);
        s.Do(TvOrder.Pay(87_500.00m, "TT-C2", s.Now), Actors.Finance);
        s.Do(new ReleaseForShipment(), Actors.VicePresident);
        s.Do(new Ship("Sinotrans", "truck 1", "ST-1", ValueList<string>.Of("packing list"), ValueList<ShippedLine>.Of(new ShippedLine(Coil, Quantity.Of(6_000m, UnitOfMeasure.Metre)))), Actors.Warehouse);
        s.Do(new Ship("Sinotrans", "truck 2", "ST-2", ValueList<string>.Of("packing list"), ValueList<ShippedLine>.Of(new ShippedLine(Coil, Quantity.Of(3_600m, UnitOfMeasure.Metre)))), Actors.Warehouse);
        s.Do(new ConfirmDelivery("dock", s.Now), Actors.Customer);
        return s;
    }

    [Fact]
    public void IssueInvoice_ForADelivery_IsNumberedAtTheQuotedPricesAndTheStatementRefersToIt_R43()
    {
        var s = TvOrder.Through(Stage.Shipped);

        var accepted = s.Do(new IssueInvoice(7, Usd(170_000.00m), 1), Actors.Finance);

        var invoice = Assert.IsType<InvoiceIssued>(Assert.Single(accepted.Events)).Invoice;
        Assert.Equal(new Invoice("INV-2026-000007", 7, Usd(170_000.00m), 1, s.Now), invoice);
        Assert.Equal(invoice, Assert.Single(s.Current.Invoices));
        Assert.Contains("invoice-issued.v1 INV-2026-000007", Settlement.Statement(s.Current, s.Policies).Lines[0].Sources);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void IssueInvoice_AnAmountOtherThanTheDeliverysValue_IsRefusedWithTheAmountExpected_R43()
    {
        var s = TvOrder.Through(Stage.Shipped);

        var v = s.Refuse(new IssueInvoice(7, Usd(172_550.00m), 1), Actors.Finance).Has(ViolationCodes.InvoiceAmountMismatch, "R43");

        Assert.Contains("170,000.00 USD", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IssueInvoice_ForTheWholeOrder_IsTheContractWithTheDeliveredQuantities_R43_R44()
    {
        var s = CoilDelivered();

        Assert.Equal(Usd(120_000.00m), Invoicing.Invoiceable(s.Current, s.Policies));
        s.Refuse(new IssueInvoice(1, Usd(125_000.00m)), Actors.Finance).Has(ViolationCodes.InvoiceAmountMismatch, "R43");
        s.Do(new IssueInvoice(1, Usd(120_000.00m)), Actors.Finance);

        Assert.Equal(Usd(120_000.00m), Invoicing.NetInvoiced(s.Current));
        Assert.Null(s.Current.Invoices[0].Shipment);
    }

    [Fact]
    public void Invoiceable_InvoicingTheOrderedQuantity_IsTheContractWhateverWasDelivered_R43_R44()
    {
        var s = CoilDelivered();

        Assert.Equal(Usd(125_000.00m), Invoicing.Invoiceable(s.Current, OrderPolicies.Default with { InvoiceBasis = InvoiceBasis.Ordered }));
    }

    [Fact]
    public void IssueInvoice_PerDelivery_InvoicesEachShipmentOnceAndNeverPastTheContract_R43()
    {
        var s = CoilDelivered();

        Assert.Equal(Usd(75_000.00m), Invoicing.DeliveryValue(s.Current, 1, s.Policies));
        s.Do(new IssueInvoice(1, Usd(75_000.00m), 1), Actors.Finance);
        s.Refuse(new IssueInvoice(2, Usd(75_000.00m), 1), Actors.Finance).Has(ViolationCodes.InvoiceShipmentInvoiced, "R43");
        s.Refuse(new IssueInvoice(2, Usd(1_000.00m), 3), Actors.Finance).Has(ViolationCodes.InvoiceShipmentUnknown, "R43");
        s.Refuse(new IssueInvoice(2, Usd(1_000.00m), 0), Actors.Finance).Has(ViolationCodes.InvoiceShipmentUnknown, "R43");
        s.Do(new IssueInvoice(2, Usd(45_000.00m), 2), Actors.Finance);

        s.Refuse(new IssueInvoice(3, Usd(0.01m)), Actors.Finance).Has(ViolationCodes.InvoiceExceedsContract, "R43");
        Assert.Equal(Invoicing.Invoiceable(s.Current, s.Policies), Invoicing.NetInvoiced(s.Current));
    }

    [Fact]
    public void IssueInvoice_ADeliveryOverTheContract_IsRefused_R43()
    {
        // A whole-order invoice of 120,000 leaves nothing for the second delivery's 45,000.
        var s = CoilDelivered();
        s.Do(new IssueInvoice(1, Usd(120_000.00m)), Actors.Finance);

        s.Refuse(new IssueInvoice(2, Usd(45_000.00m), 2), Actors.Finance).Has(ViolationCodes.InvoiceExceedsContract, "R43");
    }

    [Fact]
    public void IssueInvoice_BadInput_IsRefused_R43()
    {
        var s = TvOrder.Through(Stage.Shipped);

        s.Refuse(new IssueInvoice(7, Usd(0m), 1), Actors.Finance).Has(ViolationCodes.InvalidInput, "R43");
        s.Refuse(new IssueInvoice(0, Usd(170_000.00m), 1), Actors.Finance).Has(ViolationCodes.InvalidInput, "R43");
        s.Refuse(new IssueInvoice(7, Money.Of(170_000.00m, Currency.EUR), 1), Actors.Finance).Has(ViolationCodes.CurrencyMismatch, "R43");
        s.Refuse(new IssueInvoice(7, Usd(170_000.00m), 1), Actors.Warehouse).Has(ViolationCodes.RoleNotAllowed, "R43");
        s.Do(new IssueInvoice(7, Usd(170_000.00m), 1), Actors.Finance);
        s.Do(new IssueCreditNote(1, "INV-2026-000007", Usd(100m), "price error"), Actors.Finance);
        s.Refuse(new IssueInvoice(7, Usd(100m)), Actors.Finance).Has(ViolationCodes.InvoiceNumberTaken, "R43");
    }

    [Fact]
    public void IssueInvoice_BeforeTheGoodsLeave_IsNotATransition_R43()
    {
        var s = TvOrder.Through(Stage.Released);

        s.Refuse(new IssueInvoice(7, Usd(170_000.00m)), Actors.Finance).Has(ViolationCodes.TransitionNotAllowed);
        Assert.Equal(Usd(170_000.00m), Invoicing.Invoiceable(s.Current, s.Policies));
        Assert.True(Invoicing.Invoiceable(TvOrder.Through(Stage.Accepted).Current, s.Policies).IsZero);
        Assert.Throws<ArgumentOutOfRangeException>(() => Invoicing.DeliveryValue(s.Current, 1, s.Policies));
    }

    [Fact]
    public void IssueCreditNote_RefersToTheInvoiceItCorrectsAndNeverExceedsIt_R43()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(new IssueInvoice(7, Usd(170_000.00m), 1), Actors.Finance);

        s.Refuse(new IssueCreditNote(3, "INV-2026-000099", Usd(2_550.00m), "penalty"), Actors.Finance).Has(ViolationCodes.InvoiceUnknown, "R43");
        var accepted = s.Do(new IssueCreditNote(3, "INV-2026-000007", Usd(2_550.00m), "delay penalty"), Actors.Finance);

        var note = Assert.IsType<CreditNoteIssued>(Assert.Single(accepted.Events)).CreditNote;
        Assert.Equal(new CreditNote("CN-2026-000003", 3, "INV-2026-000007", Usd(2_550.00m), "delay penalty", s.Now), note);
        Assert.Equal(Usd(167_450.00m), Invoicing.Outstanding(s.Current, s.Current.Invoices[0]));
        Assert.Contains("credit-note-issued.v1 CN-2026-000003 for INV-2026-000007", Settlement.Statement(s.Current, s.Policies).Lines[0].Sources);
        s.Refuse(new IssueCreditNote(4, "INV-2026-000007", Usd(167_450.01m), "too much"), Actors.Finance).Has(ViolationCodes.CreditExceedsInvoice, "R43");
        s.Refuse(new IssueCreditNote(3, "INV-2026-000007", Usd(1m), "again"), Actors.Finance).Has(ViolationCodes.InvoiceNumberTaken, "R43");

        // The credited amount may be invoiced again (a corrected invoice).
        s.Do(new IssueInvoice(8, Usd(2_550.00m)), Actors.Finance);
        Assert.Equal(Usd(170_000.00m), Invoicing.NetInvoiced(s.Current));
    }

    [Fact]
    public void IssueCreditNote_BadInput_IsRefused_R43()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(new IssueInvoice(7, Usd(170_000.00m), 1), Actors.Finance);

        s.Refuse(new IssueCreditNote(3, "INV-2026-000007", Usd(0m), "none"), Actors.Finance).Has(ViolationCodes.InvalidInput, "R43");
        s.Refuse(new IssueCreditNote(0, "INV-2026-000007", Usd(1m), "none"), Actors.Finance).Has(ViolationCodes.InvalidInput, "R43");
        s.Refuse(new IssueCreditNote(3, "INV-2026-000007", Usd(1m), " "), Actors.Finance).Has(ViolationCodes.InvalidInput);
        s.Refuse(new IssueCreditNote(3, "INV-2026-000007", Money.Of(1m, Currency.EUR), "fx"), Actors.Finance).Has(ViolationCodes.CurrencyMismatch, "R43");
    }

    [Fact]
    public void NumberingPolicy_InvoiceAndCreditNotePrefixes_AreTheHosts_R16_R43()
    {
        var numbering = NumberingPolicy.Create(new NumberingPolicyOptions { InvoicePrefix = "FP", CreditNotePrefix = "HZ" });
        var at = Instant.FromUtc(2026, 7, 1, 0, 0);

        Assert.Equal(("FP-2026-000007", "HZ-2026-000003"), (numbering.InvoiceNumber(7, at), numbering.CreditNoteNumber(3, at)));
        Assert.Throws<ArgumentException>(() => NumberingPolicy.Create(new NumberingPolicyOptions { InvoicePrefix = " " }));
        Assert.Throws<ArgumentException>(() => NumberingPolicy.Create(new NumberingPolicyOptions { CreditNotePrefix = "" }));
    }

    internal sealed record Op(int Kind, int Shipment, decimal Amount, int Invoice);

    /// <summary>R43 invariants: whatever finance issues, the invoices net of credit notes never exceed the contract with its changes and delivered quantities, and no invoice is credited beyond its amount.</summary>
    [Property(MaxTest = 100)]
    public Property Invoices_NeverExceedTheContract_AndCreditNotesNeverExceedTheirInvoice_R43()
    {
        var ops = (from kind in Gen.Choose(0, 2)
                   from shipment in Gen.Choose(0, 3)
                   from cents in Gen.Choose(1, 13_000_000)
                   from invoice in Gen.Choose(0, 3)
                   select new Op(kind, shipment, cents / 100m, invoice)).ArrayOf();
        var start = CoilDelivered();
        return Prop.ForAll(ops.ToArbitrary(), list =>
        {
            var order = start.Current;
            var now = start.Now;
            var sequence = 100L;
            foreach (var op in list)
            {
                now += Duration.FromMinutes(5);
                sequence++;
                OrderCommand command = op.Kind switch
                {
                    0 => new IssueInvoice(sequence, op.Shipment == 0 ? Invoicing.Invoiceable(order, OrderPolicies.Default) - Invoicing.NetInvoiced(order) : Usd(op.Amount), op.Shipment == 0 ? null : op.Shipment),
                    1 => new IssueInvoice(sequence, op.Shipment is 1 or 2 && op.Amount > 1_000m ? Invoicing.DeliveryValue(order, op.Shipment, OrderPolicies.Default) : Usd(op.Amount), op.Shipment == 0 ? null : op.Shipment),
                    _ => new IssueCreditNote(sequence, order.Invoices.IsEmpty ? "INV-X" : order.Invoices[op.Invoice % order.Invoices.Count].Number, Usd(decimal.Floor(op.Amount) / 100m), "correction"),
                };
                if (OrderDecider.Decide(order, command, DecisionContext.Create(now, Actors.Finance, OrderPolicies.Default)).TryPickT0(out var accepted, out _))
                {
                    order = accepted.State;
                }

                Assert.True(Invoicing.NetInvoiced(order) <= Invoicing.Invoiceable(order, OrderPolicies.Default), $"invoiced {Invoicing.NetInvoiced(order)}");
                Assert.All(order.Invoices, i => Assert.False(Invoicing.Outstanding(order, i).IsNegative, $"{i.Number} over-credited"));
            }
        });
    }
}
