using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.ChangeRequests;

public class ChangeRequestTests
{
    private static readonly ChangeProposal Firmware = new(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Software, NewSpecification: "55\" UHD, firmware 3.3, export packaging");

    [Fact]
    public void PriceChangeBeforeProduction_IsPreviewedApprovedBySalesAndFinanceAndApplied_R33_R37()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD)), "volume rebate"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        var preview = s.Current.ChangeRequests[0].Preview!;
        Assert.Equal(new FieldDiff("line 10 unit price", "85.00 USD", "84.00 USD"), Assert.Single(preview.Diff));
        Assert.Equal(Money.Of(168_000.00m, Currency.USD), preview.ContractAmountAfter);
        Assert.Equal([50_400.00m, 117_600.00m], preview.InstallmentsAfter.Select(i => i.Amount.Amount));
        Assert.Equal(ValueList<Role>.Of(Role.SalesManager, Role.FinanceManager), preview.Routing.Approvers);
        Assert.Equal(170_000.00m, s.Current.Contract!.Amount.Amount); // nothing applied yet

        s.Refuse(new ApplyChangeRequest("CR-1"), Actors.SalesManager).Has(ViolationCodes.TransitionNotAllowed, "R33");
        s.Do(new ApproveChangeRequest("CR-1", "ok"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), Actors.FinanceManager);
        Assert.Equal(ChangeStatus.Approved, s.Current.ChangeRequests[0].Status);
        s.Do(new ApplyChangeRequest("CR-1"), Actors.SalesManager);

        var record = Assert.Single(s.Current.ChangeLog);
        Assert.Equal(1, s.Current.Revision);
        Assert.Equal(preview.Diff, record.Diff);
        Assert.Equal(Money.Of(-2_000.00m, Currency.USD), record.AmountChange);
        Assert.Equal(Actors.Sales.Id, record.RequestedBy);
        Assert.Equal(2, record.ApprovedBy.Count);
        Assert.Equal(Money.Of(168_000.00m, Currency.USD), s.Current.Contract.Amount);
        Assert.Contains(Settlement.Statement(s.Current, s.Policies).Lines, l => l.Description.StartsWith("Change CR-1", StringComparison.Ordinal) && l.Amount.Amount == -2_000.00m);
    }

    [Fact]
    public void AfterProductionStarted_OnlyProductionMayChangeThePlan_R34()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 7, 15)), "customer's warehouse full"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        Assert.Equal(ValueList<Role>.Of(Role.ProductionManager), s.Current.ChangeRequests[0].Preview!.Routing.Approvers);
        s.Refuse(new ApproveChangeRequest("CR-1", "ok"), Actors.SalesManager).Has(ViolationCodes.RoleNotAllowed, "R34");
        s.Refuse(new ApproveChangeRequest("CR-1", "ok"), Actors.Sales).Has(ViolationCodes.RoleNotAllowed, "R34");
        s.Do(new ApproveChangeRequest("CR-1", "plan moved"), Actors.ProductionManager);
        s.Do(new ApplyChangeRequest("CR-1"), Actors.ProductionManager);
        Assert.Equal(new LocalDate(2026, 7, 15), s.Current.RequestedDeliveryDate);
    }

    [Fact]
    public void SoftwareChangeInProduction_IsTestedThenConfirmed_WithTheOrderOnHoldMeanwhile_R35()
    {
        var s = TvOrder.Through(Stage.InProduction);
        var submitted = s.Do(new SubmitChangeRequest("CR-1", Firmware, "retailer needs firmware 3.3"), Actors.Sales);
        Assert.Equal(HoldCode.ChangePending, Assert.IsType<HoldPlaced>(submitted.Events[1]).Code);
        s.Refuse(new CompleteProduction(), Actors.Production).Has(ViolationCodes.BlockedByHold);
        s.Do(new AssessChangeRequest("CR-1"), Actors.TechnicalManager);
        s.Do(new ApproveChangeRequest("CR-1", "flash on line 3"), Actors.ProductionManager);
        s.Refuse(new ConfirmChangeByCustomer("CR-1"), Actors.Customer).Has(ViolationCodes.ChangeNotTested, "R35");
        s.Refuse(new ApplyChangeRequest("CR-1"), Actors.ProductionManager).Has(ViolationCodes.TransitionNotAllowed);
        s.Do(new RecordChangeTest("CR-1", true, "no regressions"), Actors.TechnicalManager);
        s.Do(new ConfirmChangeByCustomer("CR-1"), Actors.Customer);
        var applied = s.Do(new ApplyChangeRequest("CR-1"), Actors.ProductionManager);
        Assert.IsType<HoldReleased>(applied.Events[^1]);
        Assert.Null(s.Current.Hold);
        Assert.Contains("firmware 3.3", s.Current.Lines[0].Specification, StringComparison.Ordinal);
        s.Do(new CompleteProduction(), Actors.Production);
    }

    [Fact]
    public void FailedTest_RejectsTheChangeAndReleasesTheHold_R35()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new SubmitChangeRequest("CR-1", Firmware, "retailer needs firmware 3.3"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.TechnicalManager);
        s.Do(new RecordChangeTest("CR-1", false, "boot loop on 2 of 10 sets"), Actors.TechnicalManager);
        Assert.Equal(ChangeStatus.Rejected, s.Current.ChangeRequests[0].Status);
        Assert.Null(s.Current.Hold);
    }

    [Fact]
    public void RequesterCannotApproveTheirOwnChange_R33()
    {
        var salesAndManager = Actor.Create("u-x", "both", Role.SalesManager);
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD)), "rebate"), salesAndManager);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        s.Refuse(new ApproveChangeRequest("CR-1", "mine"), salesAndManager).Has(ViolationCodes.SelfApproval);
    }

    [Fact]
    public void ChangeAssessedOnAnOlderRevisionTouchingAFieldChangedSince_IsAConflict_R33()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        foreach (var (id, price) in new[] { ("CR-1", 84.00m), ("CR-2", 83.00m) })
        {
            s.Do(new SubmitChangeRequest(id, new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(price, Currency.USD)), "rebate"), Actors.Sales);
            s.Do(new AssessChangeRequest(id), Actors.SalesManager);
            s.Do(new ApproveChangeRequest(id, "ok"), Actors.SalesManager);
            s.Do(new ApproveChangeRequest(id, "ok"), Actors.FinanceManager);
        }

        s.Do(new ApplyChangeRequest("CR-1"), Actors.SalesManager);
        s.Refuse(new ApplyChangeRequest("CR-2"), Actors.SalesManager).Has(ViolationCodes.ChangeConflict, "R33");
        s.Do(new WithdrawChangeRequest("CR-2"), Actors.Sales);
        Assert.Equal(Money.Of(84.00m, Currency.USD), s.Current.Lines[0].UnitPrice);
    }

    [Fact]
    public void LineAddedAndRemoved_AdjustTheContractAndInstallments()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var remote = OrderLine.Create(LineId.From("20"), ProductId.From("REMOTE"), "spare remote", Quantity.Pieces(200), Money.Of(5.00m, Currency.USD));
        Apply(s, "CR-1", new ChangeProposal(ChangeKind.LineAdded, NewLine: remote), Actors.SalesManager, Actors.ProductionManager);
        Assert.Equal(Money.Of(171_000.00m, Currency.USD), s.Current.Contract!.Amount);
        Assert.Equal(2, s.Current.Lines.Count);
        Apply(s, "CR-2", new ChangeProposal(ChangeKind.LineRemoved, LineId.From("20")), Actors.SalesManager, Actors.ProductionManager);
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), s.Current.Contract.Amount);
        Assert.Equal(2, s.Current.ChangeLog.Count);
    }

    [Fact]
    public void CancellationByChange_CancelsThroughTheCancellationPolicy_R36()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        Apply(s, "CR-1", new ChangeProposal(ChangeKind.Cancellation), Actors.GeneralManager);
        Assert.Equal(OrderStatus.Cancelled, s.Current.Status);
        Assert.NotNull(s.Current.Cancellation);
    }

    [Fact]
    public void InvalidProposals_AreRejected()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Refuse(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.Quantity, LineId.From("99"), NewQuantity: Quantity.Pieces(5)), "x"), Actors.Sales).Has(ViolationCodes.InvalidInput, "R33");
        s.Refuse(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84m, Currency.EUR)), "x"), Actors.Sales).Has(ViolationCodes.InvalidInput);
        s.Refuse(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.LineRemoved, TvOrder.Line), "x"), Actors.Sales).Has(ViolationCodes.InvalidInput);
        s.Refuse(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 6, 30)), " "), Actors.Sales).Has(ViolationCodes.InvalidInput);
    }

    private static void Apply(Scenario s, string id, ChangeProposal proposal, params Actor[] approvers)
    {
        s.Do(new SubmitChangeRequest(id, proposal, "customer request"), Actors.Sales);
        s.Do(new AssessChangeRequest(id), Actors.SalesManager);
        foreach (var a in approvers)
        {
            s.Do(new ApproveChangeRequest(id, "ok"), a);
        }

        s.Do(new ApplyChangeRequest(id), Actors.SalesManager);
    }

    private static Arbitrary<(int Choice, decimal Value)> Proposals() =>
        (from choice in Gen.Choose(0, 3)
         from value in Gen.Choose(1, 5000)
         select (choice, (decimal)value)).ToArbitrary();

    private static ChangeProposal ProposalOf((int Choice, decimal Value) p) => p.Choice switch
    {
        0 => new ChangeProposal(ChangeKind.Quantity, TvOrder.Line, NewQuantity: Quantity.Pieces(p.Value)),
        1 => new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(p.Value / 100m, Currency.USD)),
        2 => new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: TvOrder.DeliveryDate.PlusDays((int)p.Value % 60 + 1)),
        _ => new ChangeProposal(ChangeKind.PaymentTerms, NewPaymentTerms: OrderKernel.PaymentTerms.Create(OrderKernel.PaymentInstrument.TelegraphicTransfer, OrderKernel.Installment.Create("all", Percentage.Hundred, OrderKernel.InstallmentDue.BeforeShipment))),
    };

    [Property(MaxTest = 150)]
    public Property ThePreviewedDiffIsTheAppliedDiff_RevisionsIncrease_AndTheLogOnlyGrows() =>
        Prop.ForAll(Proposals(), Proposals(), (a, b) =>
        {
            var s = TvOrder.Through(Stage.DepositPaid);
            var log = s.Current.ChangeLog;
            var revision = s.Current.Revision;
            foreach (var (p, id) in new[] { (a, "CR-A"), (b, "CR-B") })
            {
                if (s.Try(new SubmitChangeRequest(id, ProposalOf(p), "negotiation"), Actors.Sales).IsT1)
                {
                    continue;
                }

                s.Do(new AssessChangeRequest(id), Actors.SalesManager);
                var preview = s.Current.ChangeRequests[^1].Preview!;
                foreach (var approver in new[] { Actors.SalesManager, Actors.FinanceManager, Actors.ProductionManager })
                {
                    s.Try(new ApproveChangeRequest(id, "ok"), approver);
                }

                s.Do(new ApplyChangeRequest(id), Actors.SalesManager);
                Assert.Equal(preview.Diff, s.Current.ChangeLog[^1].Diff);
                Assert.Equal(preview.ContractAmountAfter, s.Current.Contract!.Amount);
                Assert.True(s.Current.Revision > revision);
                Assert.Equal(log, ValueList<ChangeRecord>.From(s.Current.ChangeLog.Take(log.Count)));
                revision = s.Current.Revision;
                log = s.Current.ChangeLog;
            }

            Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
        });

    [Property(MaxTest = 100)]
    public Property ARejectedOrWithdrawnChangeNeverAltersTheOrder() =>
        Prop.ForAll(Proposals(), Gen.Elements(true, false).ToArbitrary(), (p, reject) =>
        {
            var s = TvOrder.Through(Stage.DepositPaid);
            var before = s.Current;
            if (s.Try(new SubmitChangeRequest("CR-1", ProposalOf(p), "negotiation"), Actors.Sales).IsT1)
            {
                return;
            }

            s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
            if (reject)
            {
                s.Do(new RejectChangeRequest("CR-1", "no"), Actors.SalesManager);
            }
            else
            {
                s.Do(new WithdrawChangeRequest("CR-1"), Actors.Sales);
            }

            Assert.Equal(before.Lines, s.Current.Lines);
            Assert.Equal(before.Contract, s.Current.Contract);
            Assert.Equal(before.RequestedDeliveryDate, s.Current.RequestedDeliveryDate);
            Assert.Equal(before.PaymentTerms, s.Current.PaymentTerms);
            Assert.Equal(before.Revision, s.Current.Revision);
            Assert.Empty(s.Current.ChangeLog);
        });

    [Property(MaxTest = 200)]
    public Property CancellationCharges_NeverExceedWhatWasPaidPlusTheContractCap_R36() =>
        Prop.ForAll(Gen.Choose(0, 9).ToArbitrary(), Gen.Choose(0, 300_000).ToArbitrary(), (stage, costs) =>
        {
            var stages = new[] { Stage.Recorded, Stage.Quoted, Stage.Contracted, Stage.DepositPaid, Stage.InProduction, Stage.Produced, Stage.Inspected, Stage.BalancePaid, Stage.Accepted, Stage.Reviewed };
            var s = TvOrder.Through(stages[stage]);
            var paid = s.Current.Contract is null ? 0m : s.Current.TotalPaid.Amount;
            var result = s.Try(new OrderKernel.CancelOrder("stop", Money.Of(costs, Currency.USD)), Actors.GeneralManager);
            if (result.IsT0)
            {
                var c = s.Current.Cancellation!;
                Assert.True(c.Charge.Amount <= Math.Max(paid, s.Current.Contract?.Amount.Amount ?? 0m));
                Assert.True(c.Charge.Amount >= 0m && c.Refund.Amount >= 0m);
                Assert.Equal(Math.Max(0m, paid - c.Charge.Amount), c.Refund.Amount);
            }
        });
}
