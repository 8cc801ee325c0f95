using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Reviews;

public class ReviewTests
{
    [Fact]
    public void SubmitForReview_StandardOrder_NeedsSalesThenProductionAndTechnical_R5_R6()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        var review = s.Current.Review!;
        Assert.Equal(ValueList<Department>.Of(Department.Sales), review.InitialDepartments);
        Assert.Equal(ValueList<Department>.Of(Department.Production, Department.Technical), review.DetailDepartments);
        Assert.Equal(ReviewStage.Initial, review.Stage);
        Assert.Contains("R5", review.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitForReview_NewProduct_AddsProcurementAndQuality_R10()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(TvOrder.TvLine(isNew: true)), Actors.Sales);
        s.Do(new RecordOrder(1), Actors.Clerk);
        s.Do(new SubmitForReview(), Actors.Sales);
        Assert.Contains(Department.Procurement, s.Current.Review!.DetailDepartments);
        Assert.Contains(Department.Quality, s.Current.Review.DetailDepartments);
        Assert.Contains("R10", s.Current.Review.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitForReview_NewCustomer_AddsFinance_R7()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(tier: CustomerTier.New), Actors.Sales);
        s.Do(new RecordOrder(1), Actors.Clerk);
        s.Do(new SubmitForReview(), Actors.Sales);
        Assert.Contains(Department.Finance, s.Current.Review!.DetailDepartments);
    }

    [Fact]
    public void SignReview_DetailBeforeInitialStage_IsNotExpected_R6()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Refuse(TvOrder.Approve(Department.Production), Actors.ProductionManager).Has(ViolationCodes.ReviewSignOffNotExpected, "R6");
    }

    [Fact]
    public void SignReview_ByAnotherDepartmentsManager_IsRefused_R5()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Refuse(TvOrder.Approve(Department.Production), Actors.TechnicalManager).Has(ViolationCodes.ReviewSignerNotAuthorized, "R5");
    }

    [Fact]
    public void SignReview_Twice_IsNotExpected()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(TvOrder.Approve(Department.Production), Actors.ProductionManager);
        s.Refuse(TvOrder.Approve(Department.Production), Actors.ProductionManager).Has(ViolationCodes.ReviewSignOffNotExpected);
    }

    [Fact]
    public void SignReview_AllApprove_PassesAndReservesMaterial_R11()
    {
        var s = TvOrder.Through(ScenarioStage.Reviewed);
        Assert.Equal(OrderStatus.Reviewed, s.Current.Status);
        Assert.Equal(ReviewOutcome.Passed, s.Current.Review!.Outcome);
        var reservation = Assert.Single(s.Current.Review.ReservedMaterials);
        Assert.Equal(Quantity.Pieces(2000), reservation.Quantity);
        Assert.IsType<MaterialReserved>(s.Events[^1]);
        Assert.Equal(Duration.FromHours(8), s.Events.OfType<ReviewPassed>().Single().LongestWorkingTimeNeeded);
    }

    [Fact]
    public void SignReview_Reject_RejectsWithReasonsAndARevisionStartsANewRound()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(new SignReview(Department.Production, ReviewVerdict.Reject, "no capacity before July", Duration.FromHours(4), default), Actors.ProductionManager);
        Assert.Equal(OrderStatus.ReviewRejected, s.Current.Status);
        Assert.Equal("Production: no capacity before July", Assert.Single(s.Current.Review!.RejectionReasons));

        s.Do(new ReviseOrder(ValueList<OrderLine>.Of(TvOrder.TvLine()), new LocalDate(2026, 8, 31), "AQL 1.0", "delivery moved to August"), Actors.Sales);
        Assert.Equal(OrderStatus.Recorded, s.Current.Status);
        s.Do(new SubmitForReview(), Actors.Sales);
        Assert.Equal(2, s.Current.Review!.Round);
        Assert.Empty(s.Current.Review.SignOffs);
    }

    [Fact]
    public void SignReview_RejectWithoutComments_IsRejected_R7()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Refuse(new SignReview(Department.Sales, ReviewVerdict.Reject, "", Duration.Zero, default), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R7");
    }

    [Fact]
    public void SignReview_ApprovingAnUnsatisfiedRiskWithoutMitigation_IsRejected_R7()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        var risky = ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Risks, false, "single panel supplier"));
        s.Refuse(new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.Zero, risky), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R7");
        var mitigated = ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Compliance, true, "export licence valid"), new ReviewFinding(ReviewCriterion.Risks, false, "single panel supplier", "second source qualified"));
        s.Do(new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.Zero, mitigated), Actors.SalesManager);
    }
}
