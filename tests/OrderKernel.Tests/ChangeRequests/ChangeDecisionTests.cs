using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.ChangeRequests;

/// <summary>
/// Decisions on change requests in the states where they are not possible, with their exact messages, and the paths the
/// mutation run over the change-request area found untested (issue 11).
/// </summary>
public class ChangeDecisionTests
{
    private static readonly ChangeProposal Rebate = new(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD));
    private static readonly ChangeProposal Firmware = new(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Software, NewSpecification: "55\" UHD, firmware 3.3, export packaging");

    private static Scenario Applied()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SubmitChangeRequest("CR-1", Rebate, "volume rebate"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), Actors.FinanceManager);
        s.Do(new ApplyChangeRequest("CR-1"), Actors.SalesManager);
        return s;
    }

    [Fact]
    public void EveryDecisionOnAnAppliedChange_IsRefusedWithItsStatus_R33()
    {
        var s = Applied();
        void Refused(OrderCommand command, Actor actor, string what) =>
            Assert.Equal($"Change CR-1 is Applied and cannot be {what}.", s.Refuse(command, actor).Has(ViolationCodes.TransitionNotAllowed, "R33").Message);

        Refused(new AssessChangeRequest("CR-1"), Actors.SalesManager, "assessed");
        Refused(new ApproveChangeRequest("CR-1", "again"), Actors.FinanceManager, "approved");
        Refused(new RejectChangeRequest("CR-1", "too late"), Actors.SalesManager, "rejected (a rejection needs a reason)");
        Refused(new WithdrawChangeRequest("CR-1"), Actors.Sales, "withdrawn");
        Refused(new RecordChangeTest("CR-1", true, "fine"), Actors.TechnicalManager, "tested (only an assessed change that needs a technical test)");
        Refused(new ConfirmChangeByCustomer("CR-1"), Actors.Customer, "confirmed by the customer");
        Refused(new ApplyChangeRequest("CR-1"), Actors.SalesManager, "applied (only an approved change)");
        Assert.Equal("There is no change CR-7.", s.Refuse(new ApproveChangeRequest("CR-7", "?"), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R33").Message);
    }

    [Fact]
    public void AnApproverHoldingTwoRoles_GivesTheApprovalStillMissing_ThenHasNoneLeft_R33()
    {
        var both = Actor.Create("u-both", "Zhao Min (sales and finance)", Role.SalesManager, Role.FinanceManager);
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SubmitChangeRequest("CR-1", Rebate, "volume rebate"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "sales ok"), Actors.SalesManager);
        var approved = Assert.IsType<ChangeRequestApproved>(Assert.Single(s.Do(new ApproveChangeRequest("CR-1", "finance ok"), both).Events));
        Assert.Equal(Role.FinanceManager, approved.Role);
        Assert.Equal(ChangeStatus.Approved, s.Current.ChangeRequests[0].Status);
        Assert.Equal(ViolationCodes.TransitionNotAllowed, s.Refuse(new ApproveChangeRequest("CR-1", "again"), both).Violations[0].Code);

        var t = TvOrder.Through(Stage.DepositPaid);
        t.Do(new SubmitChangeRequest("CR-1", Rebate, "volume rebate"), Actors.Sales);
        t.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        t.Do(new ApproveChangeRequest("CR-1", "sales ok"), Actors.SalesManager);
        Assert.Equal(
            $"{Actors.ProductionManager.Name} holds none of the approvals change CR-1 still needs ({t.Current.ChangeRequests[0].Preview!.Routing.Explanation}).",
            t.Refuse(new ApproveChangeRequest("CR-1", "?"), Actors.ProductionManager).Has(ViolationCodes.RoleNotAllowed, "R34").Message);
        Assert.False(t.Current.ChangeRequests[0].IsFullyApproved);
    }

    [Fact]
    public void AFailedTechnicalTest_RejectsTheChangeGivingTheTestNotes_R35()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new SubmitChangeRequest("CR-1", Firmware, "retailer needs firmware 3.3"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.TechnicalManager);
        var events = s.Do(new RecordChangeTest("CR-1", false, "boot loop on 2 of 10 sets"), Actors.TechnicalManager).Events;
        Assert.Equal("technical test failed: boot loop on 2 of 10 sets", Assert.IsType<ChangeRequestRejected>(events[1]).Reason);
        Assert.Equal("change CR-1 decided", Assert.IsType<HoldReleased>(events[2]).Note);
        Assert.Equal("technical test failed: boot loop on 2 of 10 sets", s.Current.ChangeRequests[0].RejectionReason);
    }

    [Fact]
    public void DecidingAnotherChange_LeavesTheHoldOfAPendingChangeInPlace_R35()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new SubmitChangeRequest("CR-1", Firmware, "retailer needs firmware 3.3"), Actors.Sales);
        s.Do(new SubmitChangeRequest("CR-11", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: new LocalDate(2026, 7, 15)), "warehouse full"), Actors.Sales);
        var rejected = s.Do(new RejectChangeRequest("CR-11", "not now"), Actors.ProductionManager);
        Assert.IsType<ChangeRequestRejected>(Assert.Single(rejected.Events));
        Assert.Equal(HoldCode.ChangePending, s.Current.Hold?.Code);
        Assert.IsType<HoldReleased>(s.Do(new WithdrawChangeRequest("CR-1"), Actors.Sales).Events[^1]);
        Assert.Null(s.Current.Hold);
    }

    [Fact]
    public void ACancellationByChange_RecordsTheChangeAndCancels_R36_R37()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.Cancellation), "project stopped"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "agreed"), Actors.GeneralManager);
        var applied = s.Do(new ApplyChangeRequest("CR-1"), Actors.SalesManager);
        Assert.IsType<ChangeApplied>(applied.Events[0]);
        Assert.IsType<OrderCancelled>(applied.Events[1]);
        Assert.Equal(OrderStatus.Cancelled, s.Current.Status);
        Assert.Single(s.Current.ChangeLog);
    }

    [Fact]
    public void ACancellationByChange_TheCancellationPolicyRefuses_IsRefusedWhole_R36()
    {
        // A host policy that allows no cancellation once production has started.
        var policies = OrderPolicies.Default with { Cancellation = new NoCancellationInProduction() };
        var s = TvOrder.Through(Stage.InProduction, new Scenario(policies));
        s.Do(new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.Cancellation), "project stopped"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "agreed"), Actors.GeneralManager);
        var version = s.Current.Version;
        Assert.Equal("Production has started.", s.Refuse(new ApplyChangeRequest("CR-1"), Actors.ProductionManager).Has(ViolationCodes.CancellationNotAllowed, "R36").Message);
        Assert.Equal(version, s.Current.Version);
        Assert.Empty(s.Current.ChangeLog);
        Assert.Equal(OrderStatus.InProduction, s.Current.Status);
    }

    private sealed class NoCancellationInProduction : ICancellationPolicy
    {
        public CancellationAssessment Assess(CancellationInput order, Money costsIncurred) => !order.ProductionStarted
            ? CancellationPolicy.Default.Assess(order, costsIncurred)
            : new CancellationAssessment(Violation.Of(ViolationCodes.CancellationNotAllowed, "Production has started.", "R36"), Money.Zero(order.Currency), "Refused in production.");
    }

    [Fact]
    public void AStreamApprovingAChangeThatDoesNotExist_IsCorrupt()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var e = new ChangeRequestApproved("CR-404", Role.SalesManager, "ok") { OrderId = s.Current.Id, Version = s.Current.Version + 1, At = s.Now, By = Actors.SalesManager.Id };
        Assert.Equal("Change CR-404 does not exist. (Parameter 'id')", Assert.Throws<ArgumentException>(() => OrderDecider.Evolve(s.Current, e)).Message);
    }
}
