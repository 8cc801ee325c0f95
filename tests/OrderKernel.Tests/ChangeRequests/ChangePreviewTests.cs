using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.ChangeRequests;

/// <summary>
/// The change preview of every kind of change, exactly: the diff people read in the change log (R37), the amount after,
/// and who approves (R33–R35). Written from the mutation run over the change-request area (issue 11).
/// </summary>
public class ChangePreviewTests
{
    private static ChangePreview Preview(Scenario s, ChangeProposal proposal)
    {
        s.Do(new SubmitChangeRequest("CR-9", proposal, "customer asked"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-9"), Actors.SalesManager);
        return s.Current.ChangeRequests[^1].Preview!;
    }

    /// <summary>A 50-piece order from an ordinary customer (8 % surcharge, R9) quoted at a 2 % discount, contracted.</summary>
    private static Scenario SmallDiscountedOrder()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55in", Quantity.Pieces(50), TvOrder.UnitPrice)), Actors.Sales);
        TvOrder.Through(Stage.Reviewed, s, from: Stage.Recorded);
        s.Do(new PrepareQuotation(12, TvOrder.Prices(85.00m, 2m), new LocalDate(2026, 3, 31)), Actors.Sales);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.DepartmentHead);
        TvOrder.Through(Stage.Contracted, s, from: Stage.Accepted);
        return s;
    }

    [Fact]
    public void QuantityChange_ScalesTheLineAmount_AndNamesOldAndNewQuantity_R33_R37()
    {
        var preview = Preview(TvOrder.Through(Stage.DepositPaid), new ChangeProposal(ChangeKind.Quantity, TvOrder.Line, NewQuantity: Quantity.Pieces(2100)));
        Assert.Equal(new FieldDiff("line 10 quantity", Quantity.Pieces(2000).ToString(), Quantity.Pieces(2100).ToString()), Assert.Single(preview.Diff));
        Assert.Equal(Money.Of(178_500.00m, Currency.USD), preview.ContractAmountAfter); // 170,000 × 2,100 / 2,000
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), preview.ContractAmountBefore);
    }

    [Fact]
    public void PriceChange_KeepsTheQuotedDiscountAndSurcharge_R9_R33()
    {
        var s = SmallDiscountedOrder();
        Assert.Equal(Money.Of(4_498.20m, Currency.USD), s.Current.Contract!.Amount); // 50 × 85.00 × 0.98 × 1.08
        var preview = Preview(s, new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(90.00m, Currency.USD)));
        Assert.Equal(Money.Of(4_762.80m, Currency.USD), preview.ContractAmountAfter); // 50 × 90.00 × 0.98 × 1.08
        Assert.Equal(new FieldDiff("line 10 unit price", "85.00 USD", "90.00 USD"), Assert.Single(preview.Diff));
    }

    [Fact]
    public void DeliveryDateChange_ShowsBothDates_R33()
    {
        var preview = Preview(TvOrder.Through(Stage.DepositPaid), new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 7, 15)));
        Assert.Equal(new FieldDiff("delivery date", "2026-06-30", "2026-07-15"), Assert.Single(preview.Diff));
        Assert.Equal(new LocalDate(2026, 7, 15), preview.DeliveryDateAfter);
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), preview.ContractAmountAfter);
        Assert.Equal(ValueList<Role>.Of(Role.SalesManager, Role.ProductionManager), preview.Routing.Approvers);
        Assert.Equal("DeliveryDate before production: sales and production approve (R33).", preview.Routing.Explanation);
    }

    [Fact]
    public void AddedLine_AndRemovedLine_AreDescribed_AndApplied_R33_R37()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var remote = OrderLine.Create(LineId.From("20"), ProductId.From("RC-1"), "remote control", Quantity.Pieces(100), Money.Of(2.50m, Currency.USD));
        var added = Preview(s, new ChangeProposal(ChangeKind.LineAdded, NewLine: remote));
        Assert.Equal(new FieldDiff("line 20", "-", $"{Quantity.Pieces(100)} RC-1 at 2.50 USD"), Assert.Single(added.Diff));
        Assert.Equal(Money.Of(170_250.00m, Currency.USD), added.ContractAmountAfter);
        s.Do(new ApproveChangeRequest("CR-9", "ok"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-9", "ok"), Actors.ProductionManager);
        s.Do(new ApplyChangeRequest("CR-9"), Actors.SalesManager);
        Assert.Equal(2, s.Current.Lines.Count);

        s.Do(new SubmitChangeRequest("CR-10", new ChangeProposal(ChangeKind.LineRemoved, LineId.From("20")), "not needed"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-10"), Actors.SalesManager);
        var removed = s.Current.ChangeRequests[^1].Preview!;
        Assert.Equal(new FieldDiff("line 20", $"{Quantity.Pieces(100)} RC-1", "-"), Assert.Single(removed.Diff));
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), removed.ContractAmountAfter);
        s.Do(new ApproveChangeRequest("CR-10", "ok"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-10", "ok"), Actors.ProductionManager);
        s.Do(new ApplyChangeRequest("CR-10"), Actors.SalesManager);
        Assert.Equal([TvOrder.Line], s.Current.Lines.Select(l => l.Id));
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), s.Current.Contract!.Amount);
        Assert.Equal([TvOrder.Line], s.Current.Quotation!.Lines.Select(l => l.Line));
    }

    [Fact]
    public void PaymentTermsChange_DescribesBothTerms_AndRecomputesTheInstallments_R17_R33()
    {
        var terms = PaymentTerms.Create(
            PaymentInstrument.TelegraphicTransfer,
            Installment.Create("deposit", Percentage.Of(50m), InstallmentDue.OnContract),
            Installment.Create("balance", Percentage.Of(50m), InstallmentDue.BeforeShipment));
        var preview = Preview(TvOrder.Through(Stage.DepositPaid), new ChangeProposal(ChangeKind.PaymentTerms, NewPaymentTerms: terms));
        var diff = Assert.Single(preview.Diff);
        Assert.Equal("payment terms", diff.Field);
        Assert.Equal($"TelegraphicTransfer: deposit {Percentage.Of(30m)} OnContract, balance {Percentage.Of(70m)} BeforeShipment", diff.Old);
        Assert.Equal($"TelegraphicTransfer: deposit {Percentage.Of(50m)} OnContract, balance {Percentage.Of(50m)} BeforeShipment", diff.New);
        Assert.Equal([85_000.00m, 85_000.00m], preview.InstallmentsAfter.Select(i => i.Amount.Amount));
        Assert.Equal("PaymentTerms before production: sales and finance approve price and terms (R33).", preview.Routing.Explanation);
    }

    [Fact]
    public void CancellationByChange_ShowsTheStatusChange_AndNeedsTheGeneralManager_R36()
    {
        var preview = Preview(TvOrder.Through(Stage.DepositPaid), new ChangeProposal(ChangeKind.Cancellation));
        Assert.Equal(new FieldDiff("status", "ReadyForProduction", "Cancelled"), Assert.Single(preview.Diff));
        Assert.Equal(ValueList<Role>.Of(Role.GeneralManager), preview.Routing.Approvers);
        Assert.Equal("A cancellation by change (before production) needs the general manager (R36).", preview.Routing.Explanation);
    }

    [Fact]
    public void ChangeImpactPolicyOptions_TestedAreas_DecideWhichChangesAreTestedAndHeld_R35()
    {
        var s = TvOrder.Through(Stage.InProduction);
        var packagingTested = ChangeImpactPolicy.Create(new ChangeImpactPolicyOptions { TestedAreas = [SpecificationArea.Packaging] });
        var packaging = packagingTested.Route(ChangeRoutingInput.Of(s.Current), new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Packaging, NewSpecification: "gift box"));
        Assert.True(packaging.RequiresTechnicalTest && packaging.RequiresCustomerConfirmation && packaging.HoldsOrder);
        var hardware = packagingTested.Route(ChangeRoutingInput.Of(s.Current), new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Hardware, NewSpecification: "new panel"));
        Assert.False(hardware.RequiresTechnicalTest || hardware.HoldsOrder);
        Assert.Equal(ValueList<Role>.Of(Role.ProductionManager), hardware.Approvers);

        Assert.Throws<ArgumentNullException>(() => ChangeImpactPolicy.Create(null!));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => ChangeImpactPolicy.Create(new ChangeImpactPolicyOptions { TestedAreas = [(SpecificationArea)9] }));
    }

    [Fact]
    public void Routing_AfterProductionStarted_NamesTheStage_R33_R34()
    {
        var s = TvOrder.Through(Stage.InProduction);
        var price = ChangeImpactPolicy.Default.Route(ChangeRoutingInput.Of(s.Current), new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD)));
        Assert.Equal(new ChangeRouting(ValueList<Role>.Of(Role.SalesManager, Role.FinanceManager), false, false, false, "UnitPrice after production has started: sales and finance approve (R33)."), price);
        var date = ChangeImpactPolicy.Default.Route(ChangeRoutingInput.Of(s.Current), new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 7, 15)));
        Assert.Equal(new ChangeRouting(ValueList<Role>.Of(Role.ProductionManager), false, false, false, "DeliveryDate after production has started: only production may change the production plan (R34)."), date);
        var packaging = ChangeImpactPolicy.Default.Route(ChangeRoutingInput.Of(s.Current), new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Packaging, NewSpecification: "gift box"));
        Assert.Equal(new ChangeRouting(ValueList<Role>.Of(Role.ProductionManager), false, false, false, "Specification after production has started: only production may change the production plan (R34)."), packaging);
        var hardware = ChangeImpactPolicy.Default.Route(ChangeRoutingInput.Of(s.Current), new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Hardware, NewSpecification: "new panel"));
        Assert.Equal(ValueList<Role>.Of(Role.ProductionManager), hardware.Approvers);
        Assert.True(hardware.RequiresTechnicalTest && hardware.RequiresCustomerConfirmation && hardware.HoldsOrder);
        Assert.Equal("A Hardware change after production has started: production approves the plan change (R34); technical tests it and the customer confirms before production continues, the order on hold meanwhile (R35).", hardware.Explanation);

        var before = TvOrder.Through(Stage.DepositPaid).Current;
        var software = ChangeImpactPolicy.Default.Route(ChangeRoutingInput.Of(before), new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Software, NewSpecification: "firmware 3.3"));
        Assert.Equal(new ChangeRouting(ValueList<Role>.Of(Role.SalesManager, Role.ProductionManager), false, false, false, "Specification before production: sales and production approve (R33)."), software);
        var terms = ChangeImpactPolicy.Default.Route(ChangeRoutingInput.Of(before), new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD)));
        Assert.Equal("UnitPrice before production: sales and finance approve price and terms (R33).", terms.Explanation);
        Assert.Equal("A cancellation by change (production has started) needs the general manager (R36).", ChangeImpactPolicy.Default.Route(ChangeRoutingInput.Of(s.Current), new ChangeProposal(ChangeKind.Cancellation)).Explanation);
        Assert.Throws<ArgumentNullException>(() => ChangeImpactPolicy.Default.Route(null!, new ChangeProposal(ChangeKind.Cancellation)));
        Assert.Throws<ArgumentNullException>(() => ChangeImpactPolicy.Default.Route(ChangeRoutingInput.Of(before), null!));
    }
}
