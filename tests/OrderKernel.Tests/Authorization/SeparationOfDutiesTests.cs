using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Authorization;

/// <summary>
/// Separation of duties (issue 20, class 8): one person holding several roles still holds one duty per item. Each rule
/// is refused by default and allowed only when the host relaxes that rule explicitly.
/// </summary>
public class SeparationOfDutiesTests
{
    private static readonly Actor HeadAndGeneralManager = Actor.Create("u-hg", "Yu Bin (head and general manager)", Role.DepartmentHead, Role.GeneralManager);
    private static readonly Actor SalesAndHead = Actor.Create("u-sh", "Pan Yi (sales and department head)", Role.SalesRepresentative, Role.DepartmentHead);
    private static readonly Actor SalesAndProductionManager = Actor.Create("u-sp", "Dong Lei (sales and production manager)", Role.SalesManager, Role.ProductionManager);
    private static readonly Actor SalesAndFinanceManager = Actor.Create("u-sf", "Fang Hua (sales and finance manager)", Role.SalesManager, Role.FinanceManager);
    private static readonly Actor VicePresidentAndWarehouse = Actor.Create("u-vw", "Shi Kai (vice-president and warehouse)", Role.SalesVicePresident, Role.Warehouse);
    private static readonly Actor SecondHead = Actor.Create("u-head2", "Cao Jun (department head)", Role.DepartmentHead);

    private static OrderPolicies Relaxed(Duty first, Duty second) =>
        OrderPolicies.Default with { SeparationOfDuties = SeparationOfDutiesPolicy.Create(new SeparationOfDutiesPolicyOptions().Without(first, second)) };

    // --- quotation approval levels (R8) ---

    [Fact]
    public void ApproveQuotation_SecondLevelBySamePerson_IsRefused_R8()
    {
        var s = TvOrder.Through(Stage.Quoted);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), HeadAndGeneralManager);
        var v = s.Refuse(new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"), HeadAndGeneralManager).Has(ViolationCodes.SeparationOfDuties, "R8");
        Assert.Contains("Yu Bin", v.Message, StringComparison.Ordinal);
        Assert.Contains("approved quotation Q-2026-000012-R1 at the DepartmentHead level", v.Message, StringComparison.Ordinal);
        Assert.Contains("GeneralManager", v.Message, StringComparison.Ordinal);
        s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"), Actors.GeneralManager);
        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);
    }

    [Fact]
    public void RejectQuotationApproval_AtASecondLevelBySamePerson_IsRefused_R8()
    {
        var s = TvOrder.Through(Stage.Quoted);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), HeadAndGeneralManager);
        var v = s.Refuse(new RejectQuotationApproval(ApprovalLevel.GeneralManager, "too cheap"), HeadAndGeneralManager).Has(ViolationCodes.SeparationOfDuties, "R8");
        Assert.Contains("also reject it at the GeneralManager level", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveQuotation_EveryLevelBySamePerson_IsAllowedWhenTheHostRelaxesIt()
    {
        var s = TvOrder.Through(Stage.Quoted, new Scenario(Relaxed(Duty.ApproveQuotation, Duty.ApproveQuotation)));
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), HeadAndGeneralManager);
        s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"), HeadAndGeneralManager);
        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);
    }

    [Fact]
    public void ApproveQuotation_ByThePreparer_KeepsTheSelfApprovalCode_AndIsAllowedWhenRelaxed_R8()
    {
        var strict = TvOrder.Through(Stage.Reviewed);
        strict.Do(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 3, 31)), SalesAndHead);
        var v = strict.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "mine"), SalesAndHead).Has(ViolationCodes.SelfApproval, "R8");
        Assert.Contains("Pan Yi (sales and department head) prepared quotation Q-2026-000012-R1 and may not approve it at the DepartmentHead level", v.Message, StringComparison.Ordinal);

        var relaxed = TvOrder.Through(Stage.Reviewed, new Scenario(Relaxed(Duty.ApproveQuotation, Duty.PrepareQuotation)));
        relaxed.Do(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 3, 31)), SalesAndHead);
        relaxed.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "mine"), SalesAndHead);
        Assert.Equal(SalesAndHead.Id, relaxed.Current.Quotation!.VerifiedBy);
    }

    // --- an approver who prepares a revision of the content he approved (R8) ---

    [Fact]
    public void ReviseQuotation_ByAnApproverWithUnchangedContent_WithdrawsTheApprovals_R8()
    {
        var s = TvOrder.Through(Stage.Quoted);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), SalesAndHead);
        s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"), Actors.GeneralManager);
        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);

        var revised = s.Do(new ReviseQuotation(TvOrder.Prices(), new LocalDate(2026, 3, 31), "customer asked for a fresh copy"), SalesAndHead);

        var e = Assert.IsType<QuotationRevised>(revised.Events[0]);
        Assert.True(e.ApprovalsWithdrawn);
        var q = s.Current.Quotation!;
        Assert.Equal(QuotationStatus.PendingApproval, q.Status);
        Assert.Empty(q.Approvals);
        Assert.Equal(SalesAndHead.Id, q.PreparedBy);

        // He prepared this revision: he may not approve it again; someone else approves it afresh.
        s.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "still fine"), SalesAndHead).Has(ViolationCodes.SelfApproval, "R8");
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "fine"), SecondHead);
        s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"), Actors.GeneralManager);
        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);
        Assert.Equal(s.State, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void ReviseQuotation_ByANonApproverWithUnchangedContent_KeepsTheApprovals_R8()
    {
        var s = TvOrder.Through(Stage.Approved);
        var revised = s.Do(new ReviseQuotation(TvOrder.Prices(), new LocalDate(2026, 3, 31), "reissued"), Actors.Sales);
        Assert.False(Assert.IsType<QuotationRevised>(revised.Events[0]).ApprovalsWithdrawn);
        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);
        Assert.Equal(2, s.Current.Quotation.Approvals.Count);
    }

    [Fact]
    public void ReviseQuotation_ByAnApproverWithChangedContent_DropsTheApprovalsWithoutTheFlag_R8()
    {
        var s = TvOrder.Through(Stage.Quoted);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), SalesAndHead);
        var revised = s.Do(new ReviseQuotation(TvOrder.Prices(84m), new LocalDate(2026, 3, 31), "negotiated"), SalesAndHead);
        Assert.False(Assert.IsType<QuotationRevised>(revised.Events[0]).ApprovalsWithdrawn);
        Assert.Empty(s.Current.Quotation!.Approvals);
    }

    [Fact]
    public void ReviseQuotation_ByAnApproverWithUnchangedContent_KeepsTheApprovalsWhenRelaxed()
    {
        var s = TvOrder.Through(Stage.Quoted, new Scenario(Relaxed(Duty.PrepareQuotation, Duty.ApproveQuotation)));
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), SalesAndHead);
        s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"), Actors.GeneralManager);
        var revised = s.Do(new ReviseQuotation(TvOrder.Prices(), new LocalDate(2026, 3, 31), "reissued"), SalesAndHead);
        Assert.False(Assert.IsType<QuotationRevised>(revised.Events[0]).ApprovalsWithdrawn);
        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);
    }

    [Fact]
    public void QuotationRevised_WithdrawnApprovals_RoundTripThroughJson_AndTheDefaultIsNotWritten()
    {
        var s = TvOrder.Through(Stage.Quoted);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), SalesAndHead);
        var withdrawn = (QuotationRevised)s.Do(new ReviseQuotation(TvOrder.Prices(), new LocalDate(2026, 3, 31), "again"), SalesAndHead).Events[0];
        var json = OrderKernelJson.Write(withdrawn);
        Assert.Contains("\"approvalsWithdrawn\":true", json, StringComparison.Ordinal);
        Assert.Equal(withdrawn, OrderKernelJson.ReadEvent(json).AsT0);
        Assert.Equal(s.State, OrderDecider.Replay(OrderKernelJson.ReadEvents(OrderKernelJson.WriteEvents(s.Events)).AsT0));

        var kept = withdrawn with { ApprovalsWithdrawn = false };
        Assert.DoesNotContain("approvalsWithdrawn", OrderKernelJson.Write(kept), StringComparison.Ordinal);
    }

    // --- review departments (R5) ---

    [Fact]
    public void SignReview_SecondDepartmentBySamePerson_IsRefused_R5()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), SalesAndProductionManager);
        var v = s.Refuse(TvOrder.Approve(Department.Production), SalesAndProductionManager).Has(ViolationCodes.SeparationOfDuties, "R5");
        Assert.Contains("signed the Sales review of round 1 and may not also sign the Production review", v.Message, StringComparison.Ordinal);
        s.Do(TvOrder.Approve(Department.Production), Actors.ProductionManager);
        s.Do(TvOrder.Approve(Department.Technical), Actors.TechnicalManager);
        Assert.Equal(OrderStatus.Reviewed, s.Current.Status);
    }

    [Fact]
    public void SignReview_EveryDepartmentBySamePerson_IsAllowedWhenRelaxed()
    {
        var s = TvOrder.Through(Stage.Recorded, new Scenario(Relaxed(Duty.SignReview, Duty.SignReview)));
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), SalesAndProductionManager);
        s.Do(TvOrder.Approve(Department.Production), SalesAndProductionManager);
        s.Do(TvOrder.Approve(Department.Technical), Actors.TechnicalManager);
        Assert.Equal(OrderStatus.Reviewed, s.Current.Status);
    }

    [Fact]
    public void SignReview_TheSameDepartmentInBothStagesBySamePerson_IsAllowed_R5()
    {
        var review = ReviewPolicy.Create(new ReviewPolicyOptions { DetailDepartments = ValueList<Department>.Of(Department.Sales, Department.Production) });
        var s = TvOrder.Through(Stage.Recorded, new Scenario(OrderPolicies.Default with { Review = review }));
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(TvOrder.Approve(Department.Production), Actors.ProductionManager);
        Assert.Equal(OrderStatus.Reviewed, s.Current.Status);
    }

    [Fact]
    public void SignReview_ANewRoundIsANewItem_R5()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), SalesAndProductionManager);
        s.Do(new SignReview(Department.Production, ReviewVerdict.Reject, "capacity", Duration.FromHours(2), default), Actors.ProductionManager);
        s.Do(new ReviseOrder(ValueList<OrderLine>.Of(TvOrder.TvLine()), TvOrder.DeliveryDate, "AQL 1.0", "later slot"), Actors.Sales);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(TvOrder.Approve(Department.Production), SalesAndProductionManager);
        Assert.Equal(2, s.Current.Review!.Round);
    }

    // --- change approvals (R33, R34) ---

    private static readonly ChangeProposal PriceChange = new(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84.00m, Currency.USD));

    [Fact]
    public void ApproveChangeRequest_BothApprovalsBySamePerson_IsRefused_R34()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SubmitChangeRequest("CR-1", PriceChange, "rebate"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), SalesAndFinanceManager);
        var v = s.Refuse(new ApproveChangeRequest("CR-1", "ok again"), SalesAndFinanceManager).Has(ViolationCodes.SeparationOfDuties, "R34");
        Assert.Contains("approved change CR-1 as sales-manager", v.Message, StringComparison.Ordinal);
        Assert.Equal(ChangeStatus.UnderAssessment, s.Current.ChangeRequests[0].Status);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), Actors.FinanceManager);
        Assert.Equal(ChangeStatus.Approved, s.Current.ChangeRequests[0].Status);
    }

    [Fact]
    public void ApproveChangeRequest_BothApprovalsBySamePerson_IsAllowedWhenRelaxed()
    {
        var s = TvOrder.Through(Stage.DepositPaid, new Scenario(Relaxed(Duty.ApproveChange, Duty.ApproveChange)));
        s.Do(new SubmitChangeRequest("CR-1", PriceChange, "rebate"), Actors.Sales);
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), SalesAndFinanceManager);
        s.Do(new ApproveChangeRequest("CR-1", "ok"), SalesAndFinanceManager);
        Assert.Equal(ChangeStatus.Approved, s.Current.ChangeRequests[0].Status);
    }

    [Fact]
    public void ApproveChangeRequest_ByTheRequester_KeepsTheSelfApprovalCode_AndIsAllowedWhenRelaxed_R33()
    {
        var strict = TvOrder.Through(Stage.DepositPaid);
        strict.Do(new SubmitChangeRequest("CR-1", PriceChange, "rebate"), Actors.SalesManager);
        strict.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        strict.Refuse(new ApproveChangeRequest("CR-1", "mine"), Actors.SalesManager).Has(ViolationCodes.SelfApproval, "R33");

        var relaxed = TvOrder.Through(Stage.DepositPaid, new Scenario(Relaxed(Duty.RequestChange, Duty.ApproveChange)));
        relaxed.Do(new SubmitChangeRequest("CR-1", PriceChange, "rebate"), Actors.SalesManager);
        relaxed.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);
        relaxed.Do(new ApproveChangeRequest("CR-1", "mine"), Actors.SalesManager);
        Assert.Equal(Actors.SalesManager.Id, relaxed.Current.ChangeRequests[0].Approvals[0].ApprovedBy);
    }

    // --- shipment release and dispatch (R30) ---

    [Fact]
    public void Ship_ByWhoSignedTheRelease_IsRefused_R30()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        s.Do(new ReleaseForShipment(), VicePresidentAndWarehouse);
        var ship = new Ship("COSCO Logistics", "truck 1", "WB-1", ValueList<string>.Of("packing list"));
        var v = s.Refuse(ship, VicePresidentAndWarehouse).Has(ViolationCodes.SeparationOfDuties, "R30");
        Assert.Contains("Shi Kai (vice-president and warehouse) signed the shipment release and may not dispatch the goods", v.Message, StringComparison.Ordinal);
        s.Do(ship, Actors.Warehouse);
        Assert.Equal(OrderStatus.Shipped, s.Current.Status);
    }

    [Fact]
    public void Ship_ByWhoSignedTheRelease_IsAllowedWhenRelaxed()
    {
        var s = TvOrder.Through(Stage.BalancePaid, new Scenario(Relaxed(Duty.Dispatch, Duty.ReleaseShipment)));
        s.Do(new ReleaseForShipment(), VicePresidentAndWarehouse);
        s.Do(new Ship("COSCO Logistics", "truck 1", "WB-1", ValueList<string>.Of("packing list")), VicePresidentAndWarehouse);
        Assert.Equal(VicePresidentAndWarehouse.Id, s.Current.Shipments[0].ShippedBy);
    }

    [Fact]
    public void NoneOptions_LetOnePersonHoldEveryDuty()
    {
        var everything = Actor.Create("u-all", "Jin Hao (owner)", Role.SalesRepresentative, Role.DepartmentHead, Role.GeneralManager, Role.SalesVicePresident, Role.Warehouse);
        var s = TvOrder.Through(Stage.Reviewed, new Scenario(OrderPolicies.Default with { SeparationOfDuties = SeparationOfDutiesPolicy.Create(SeparationOfDutiesPolicyOptions.None) }));
        s.Do(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 3, 31)), everything);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), everything);
        s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), everything);
        TvOrder.Through(Stage.BalancePaid, s, from: Stage.Accepted);
        s.Do(new ReleaseForShipment(), everything);
        s.Do(new Ship("own truck", "truck 9", "WB-9", default), everything);
        Assert.Equal(OrderStatus.Shipped, s.Current.Status);
        Assert.NotEmpty(SeparationOfDutiesProperties.Conflicts(s.Current));
    }

    // --- the policy and its options ---

    [Fact]
    public void Default_IsTheBundlesPolicy_AndSeparatesEveryDefaultPairInBothOrders()
    {
        Assert.Same(SeparationOfDutiesPolicy.Default, OrderPolicies.Default.SeparationOfDuties);
        var p = SeparationOfDutiesPolicy.Default;
        foreach (var c in new SeparationOfDutiesPolicyOptions().Conflicts)
        {
            Assert.True(p.Separates(c.First, c.Second));
            Assert.True(p.Separates(c.Second, c.First));
        }

        Assert.Equal(6, new SeparationOfDutiesPolicyOptions().Conflicts.Count);
        Assert.False(p.Separates(Duty.Dispatch, Duty.Dispatch));
        Assert.False(p.Separates(Duty.PrepareQuotation, Duty.PrepareQuotation));
        Assert.False(p.Separates(Duty.ReleaseShipment, Duty.ReleaseShipment));
        Assert.False(p.Separates(Duty.PrepareQuotation, Duty.Dispatch));
        Assert.False(p.Separates((Duty)99, Duty.Dispatch));
        Assert.False(p.Separates(Duty.Dispatch, (Duty)(-1)));
    }

    [Fact]
    public void None_SeparatesNothing()
    {
        var p = SeparationOfDutiesPolicy.Create(SeparationOfDutiesPolicyOptions.None);
        Assert.True(SeparationOfDutiesPolicyOptions.None.Conflicts.IsEmpty);
        foreach (var a in Enum.GetValues<Duty>())
        {
            foreach (var b in Enum.GetValues<Duty>())
            {
                Assert.False(p.Separates(a, b));
            }
        }
    }

    [Fact]
    public void Without_RemovesThePairInEitherOrder_AndKeepsTheOthers()
    {
        var options = new SeparationOfDutiesPolicyOptions();
        var relaxed = options.Without(Duty.Dispatch, Duty.ReleaseShipment);
        Assert.Equal(options.Conflicts.Count - 1, relaxed.Conflicts.Count);
        Assert.DoesNotContain(new DutyConflict(Duty.ReleaseShipment, Duty.Dispatch), relaxed.Conflicts);
        Assert.Contains(new DutyConflict(Duty.ApproveQuotation, Duty.ApproveQuotation), relaxed.Conflicts);
        Assert.Equal(options, options.Without(Duty.PrepareQuotation, Duty.Dispatch));
        var p = SeparationOfDutiesPolicy.Create(relaxed);
        Assert.False(p.Separates(Duty.ReleaseShipment, Duty.Dispatch));
        Assert.True(p.Separates(Duty.ApproveChange, Duty.RequestChange));

        // A null entry is kept for Create to refuse.
        var withNull = new SeparationOfDutiesPolicyOptions { Conflicts = ValueList<DutyConflict>.Of(null!, new DutyConflict(Duty.SignReview, Duty.SignReview)) };
        Assert.Single(withNull.Without(Duty.SignReview, Duty.SignReview).Conflicts);
    }

    public static TheoryData<string, SeparationOfDutiesPolicyOptions> InvalidOptions() => new()
    {
        { "a missing conflict", new SeparationOfDutiesPolicyOptions { Conflicts = ValueList<DutyConflict>.Of([null!]) } },
        { "an unknown first duty", new SeparationOfDutiesPolicyOptions { Conflicts = ValueList<DutyConflict>.Of(new DutyConflict((Duty)42, Duty.Dispatch)) } },
        { "an unknown second duty", new SeparationOfDutiesPolicyOptions { Conflicts = ValueList<DutyConflict>.Of(new DutyConflict(Duty.Dispatch, (Duty)42)) } },
        { "duties on different items", new SeparationOfDutiesPolicyOptions { Conflicts = ValueList<DutyConflict>.Of(new DutyConflict(Duty.PrepareQuotation, Duty.Dispatch)) } },
        { "review and change", new SeparationOfDutiesPolicyOptions { Conflicts = ValueList<DutyConflict>.Of(new DutyConflict(Duty.SignReview, Duty.ApproveChange)) } },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Create_InvalidOptions_Throw(string why, SeparationOfDutiesPolicyOptions options)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => SeparationOfDutiesPolicy.Create(options));
        Assert.Equal("options", e.ParamName);
        _ = why;
    }

    [Fact]
    public void Create_NullOptions_Throws() =>
        Assert.Throws<ArgumentNullException>(() => SeparationOfDutiesPolicy.Create(null!));

    [Fact]
    public void Options_RoundTripThroughJson_WithReadableDuties()
    {
        var info = (JsonTypeInfo<SeparationOfDutiesPolicyOptions>)OrderKernelJson.Options.GetTypeInfo(typeof(SeparationOfDutiesPolicyOptions));
        var relaxed = new SeparationOfDutiesPolicyOptions().Without(Duty.ReleaseShipment, Duty.Dispatch);
        var json = JsonSerializer.Serialize(relaxed, info);
        Assert.Contains("{\"first\":\"ApproveQuotation\",\"second\":\"ApproveQuotation\"}", json, StringComparison.Ordinal);
        Assert.Equal(relaxed, JsonSerializer.Deserialize(json, info));
        Assert.Equal(SeparationOfDutiesPolicyOptions.None, JsonSerializer.Deserialize(JsonSerializer.Serialize(SeparationOfDutiesPolicyOptions.None, info), info));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("{\"conflicts\":[{\"first\":\"Approve\",\"second\":\"Dispatch\"}]}", info));
    }
}
