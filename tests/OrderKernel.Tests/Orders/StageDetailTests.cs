using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Orders;

/// <summary>
/// Details of reviews, quotations, samples and inspection that the mutation run over those areas found unchecked:
/// exact refusal messages, what a fresh record holds, and which events reach a milestone (issue 11).
/// </summary>
public class StageDetailTests
{
    [Fact]
    public void ReleaseToProduction_WithoutAnySample_SaysNoneWasSent_R14()
    {
        var s = TvOrder.Through(Stage.DepositPaid, new Scenario(OrderPolicies.Default with { Sample = SamplePolicy.Create(new SamplePolicyOptions { AllOrders = true }) }));
        var refused = s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager);
        Assert.Equal("Mass production needs a sample approved by the customer; no sample has been sent.", refused.Violations[0].Message);

        s.Do(new SendSample(2, "two sets by courier"), Actors.Sales);
        var round = s.Current.Sample!;
        Assert.Equal(string.Empty, round.Comments);
        Assert.Null(round.Approved);
        Assert.Equal("Mass production needs a sample approved by the customer; sample round 1 still awaits the customer's verdict.", s.Refuse(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager).Violations[0].Message);
    }

    [Fact]
    public void AFailedInspection_IsRecordedAsFailed_AndReachesTheInspectionMilestone_R27_R38()
    {
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.Second, 2000, 9, "backlight bleed"), Actors.QualityInspector);
        Assert.False(s.Current.Inspection!.Passed);
        Assert.Equal(Milestone.InspectionRecorded, s.Current.Milestones[^1].Milestone);
    }

    [Fact]
    public void RejectingAnApproval_NeedsTheLevelsApprover_R8()
    {
        var s = TvOrder.Through(Stage.Quoted);
        var version = s.Current.Version;
        s.Refuse(new RejectQuotationApproval(ApprovalLevel.DepartmentHead, "margin too thin"), Actors.Sales);
        Assert.Equal(version, s.Current.Version);
        Assert.IsType<QuotationApprovalRejected>(Assert.Single(s.Do(new RejectQuotationApproval(ApprovalLevel.DepartmentHead, "margin too thin"), Actors.DepartmentHead).Events));
    }

    [Fact]
    public void AQuotationDeclinedByTheAcceptancePolicy_GivesThePolicysExplanation_R9()
    {
        var policies = OrderPolicies.Default with { Acceptance = AcceptancePolicy.Create(new AcceptancePolicyOptions { DeclineSmallOrdersFromNewCustomers = true }) };
        var s = new Scenario(policies);
        s.Do(TvOrder.Receive(OrderLine.Create(TvOrder.Line, ProductId.From("TV"), "55in", Quantity.Pieces(5), TvOrder.UnitPrice), tier: CustomerTier.New), Actors.Sales);
        var expected = policies.Acceptance.Assess(AcceptanceInput.Of(s.Current)).Explanation;
        s.Do(new RecordOrder(1), Actors.Clerk);
        s.Do(new SubmitForReview(), Actors.Sales);
        foreach (var (d, a) in new[] { (Department.Sales, Actors.SalesManager), (Department.Production, Actors.ProductionManager), (Department.Technical, Actors.TechnicalManager), (Department.Finance, Actors.FinanceManager) })
        {
            s.Do(TvOrder.Approve(d), a);
        }

        Assert.Equal(expected, s.Refuse(new PrepareQuotation(1, TvOrder.Prices(), new LocalDate(2026, 3, 31)), Actors.Sales).Has(ViolationCodes.AcceptanceDeclined, "R9").Message);
    }

    [Fact]
    public void QuotationPrices_MustMatchTheLines_OneEach_R13()
    {
        var s = TvOrder.Through(Stage.Reviewed);
        var twice = ValueList<QuotationPrice>.Of(TvOrder.Prices()[0], TvOrder.Prices(84.00m)[0]);
        var refused = s.Refuse(new PrepareQuotation(12, twice, new LocalDate(2026, 3, 31)), Actors.Sales);
        Assert.Contains(refused.Violations, v => v.Message == "Line 10 needs exactly one price, found 2.");
        Assert.Contains(refused.Violations, v => v.Message == "The quotation has 2 prices for 1 order lines.");

        var stray = ValueList<QuotationPrice>.Of(TvOrder.Prices()[0], new QuotationPrice(LineId.From("99"), TvOrder.UnitPrice, Percentage.Zero));
        var strayRefused = s.Refuse(new PrepareQuotation(12, stray, new LocalDate(2026, 3, 31)), Actors.Sales);
        Assert.Equal("The quotation has 2 prices for 1 order lines.", Assert.Single(strayRefused.Violations).Message);
    }

    [Fact]
    public void VerifiedBy_IsTheFirstApprover_R8()
    {
        var s = TvOrder.Through(Stage.Quoted);
        Assert.Null(s.Current.Quotation!.VerifiedBy);
        TvOrder.Through(Stage.Approved, s, from: Stage.Approved);
        Assert.Equal(Actors.DepartmentHead.Id, s.Current.Quotation!.VerifiedBy);
    }

    [Fact]
    public void ASignOffNotAwaited_NamesTheAwaitedDepartments_R6()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        var refused = s.Refuse(TvOrder.Approve(Department.Production), Actors.ProductionManager);
        Assert.Equal($"Production is not awaited in the {s.Current.Review!.Stage} stage of review round 1 (awaited: Sales).", refused.Has(ViolationCodes.ReviewSignOffNotExpected, "R6").Message);
    }

    [Fact]
    public void ARevisionWithoutQualityRequirements_RecordsThemEmpty_R33()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(new SignReview(Department.Production, ReviewVerdict.Reject, "no capacity before July", Duration.FromHours(4), default), Actors.ProductionManager);
        var revised = Assert.IsType<OrderRevised>(Assert.Single(s.Do(new ReviseOrder(ValueList<OrderLine>.Of(TvOrder.TvLine()), new LocalDate(2026, 8, 31), null!, "delivery moved"), Actors.Sales).Events));
        Assert.Equal(string.Empty, revised.QualityRequirements);
    }
}
