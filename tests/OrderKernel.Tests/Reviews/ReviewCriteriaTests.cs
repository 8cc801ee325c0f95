using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Reviews;

/// <summary>R7: each department signs against its criteria; the credit criterion weighs the host's exposure and limit.</summary>
public class ReviewCriteriaTests
{
    private static readonly Money Zero = Money.Zero(Currency.USD);

    [Fact]
    public void SignReview_ApprovalWithoutFindings_IsRefusedForEachUnansweredCriterion_R7()
    {
        var s = InDetailStage();
        var refused = s.Refuse(new SignReview(Department.Production, ReviewVerdict.Approve, "line 3 free", Duration.FromHours(8), default), Actors.ProductionManager);
        Assert.Equal(2, refused.Violations.Count(v => v.Code == ViolationCodes.ReviewCriterionUnanswered));
        Assert.Contains(refused.Violations, v => v.Message.Contains("Capacity", StringComparison.Ordinal));
        Assert.Contains(refused.Violations, v => v.Message.Contains("Materials", StringComparison.Ordinal));
        Assert.All(refused.Violations, v => Assert.Equal("R7", v.Rule));
    }

    [Fact]
    public void SignReview_ApprovalAnsweringOnlySomeCriteria_IsRefused_R7()
    {
        var s = InDetailStage();
        var capacityOnly = ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Capacity, true, "150 sets a day"));
        var v = s.Refuse(new SignReview(Department.Production, ReviewVerdict.Approve, "line 3 free", Duration.FromHours(8), capacityOnly), Actors.ProductionManager).Has(ViolationCodes.ReviewCriterionUnanswered, "R7");
        Assert.Contains("Materials", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SignReview_ApprovalWithEmptyComments_IsRefused_R7()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Refuse(TvOrder.Approve(Department.Sales) with { Comments = " " }, Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R7");
    }

    [Fact]
    public void SignReview_RejectionNeedsNoFindings_R7()
    {
        var s = InDetailStage();
        s.Do(new SignReview(Department.Production, ReviewVerdict.Reject, "no capacity before July", Duration.FromHours(4), default), Actors.ProductionManager);
        Assert.Equal(OrderStatus.ReviewRejected, s.Current.Status);
    }

    [Fact]
    public void SignReview_HostCriteria_ReplaceTheDefaults_R7()
    {
        var options = new ReviewPolicyOptions { Criteria = ValueList<DepartmentCriteria>.Of(new DepartmentCriteria(Department.Sales, ValueList<ReviewCriterion>.Of(ReviewCriterion.Risks))) };
        var s = TvOrder.Through(ScenarioStage.Recorded, new Scenario(OrderPolicies.Default with { Review = ReviewPolicy.Create(options) }));
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Refuse(TvOrder.Approve(Department.Sales), Actors.SalesManager).Has(ViolationCodes.ReviewCriterionUnanswered, "R7");
        s.Do(new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.Zero, ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Risks, true, "none"))), Actors.SalesManager);
        s.Do(new SignReview(Department.Production, ReviewVerdict.Approve, "nothing asked", Duration.Zero, default), Actors.ProductionManager);
    }

    [Fact]
    public void SignReview_FinanceWithoutCreditPosition_IsRefused_R7()
    {
        var s = FinanceAwaited();
        s.Refuse(TvOrder.Approve(Department.Finance) with { Credit = null }, Actors.FinanceManager).Has(ViolationCodes.ReviewCreditPositionMissing, "R7");
    }

    [Fact]
    public void SignReview_FinanceWithinLimit_RecordsTheCreditCheck_R7()
    {
        var s = FinanceAwaited();
        s.Do(FinanceApproval(exposure: 30_000m, limit: 200_000m), Actors.FinanceManager);
        var check = s.Current.Review!.SignOffs[^1].Credit!;
        Assert.Equal(Money.Of(170_000m, Currency.USD), check.OrderAmount);
        Assert.False(check.Exceeded);
        Assert.Equal(OrderStatus.Reviewed, s.Current.Status);
    }

    [Fact]
    public void SignReview_ExposurePlusOrderOverLimit_IsRefusedByDefault_R7()
    {
        var s = FinanceAwaited();
        var v = s.Refuse(FinanceApproval(exposure: 40_000m, limit: 200_000m), Actors.FinanceManager).Has(ViolationCodes.ReviewCreditLimitExceeded, "R7");
        Assert.Contains("210,000.00", v.Message, StringComparison.Ordinal);
        Assert.Contains("refuses", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SignReview_OverLimitInFlagMode_NeedsAnUnsatisfiedMitigatedFinding_AndRecordsTheFlag_R7()
    {
        var s = FinanceAwaited(new ReviewPolicyOptions { CreditOverLimit = CreditOverLimit.Flag });
        s.Refuse(FinanceApproval(exposure: 40_000m, limit: 200_000m), Actors.FinanceManager).Has(ViolationCodes.ReviewCreditLimitExceeded, "R7");
        var unmitigated = FinanceApproval(40_000m, 200_000m) with { Findings = ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.CreditOrBudget, false, "over limit by 10,000")) };
        s.Refuse(unmitigated, Actors.FinanceManager).Has(ViolationCodes.InvalidInput, "R7");
        var flagged = FinanceApproval(40_000m, 200_000m) with { Findings = ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.CreditOrBudget, false, "over limit by 10,000", "30 % deposit raised to 50 %")) };
        s.Do(flagged, Actors.FinanceManager);
        Assert.True(s.Current.Review!.SignOffs[^1].Credit!.Exceeded);
        Assert.Equal(OrderStatus.Reviewed, s.Current.Status);
    }

    [Fact]
    public void SignReview_CreditPositionInAnotherCurrency_IsRefused_R7()
    {
        var s = FinanceAwaited();
        var eur = TvOrder.Approve(Department.Finance) with { Credit = new CreditPosition(Money.Zero(Currency.EUR), Money.Of(1_000_000m, Currency.EUR)) };
        s.Refuse(eur, Actors.FinanceManager).Has(ViolationCodes.CurrencyMismatch, "R7");
    }

    [Fact]
    public void SignReview_NegativeLimit_IsRefused_R7()
    {
        var s = FinanceAwaited();
        s.Refuse(FinanceApproval(0m, -1m), Actors.FinanceManager).Has(ViolationCodes.InvalidInput, "R7");
    }

    [Fact]
    public void SignReview_RevisedOrderWithoutPrices_ComparesTheExposureAlone_R7()
    {
        // A rejected review lets the order be revised with an unpriced line (R3 completeness is checked at recording only).
        var s = FinanceAwaited();
        s.Do(new SignReview(Department.Finance, ReviewVerdict.Reject, "price to be renegotiated", Duration.Zero, default), Actors.FinanceManager);
        var unpriced = OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(2000), null);
        s.Do(new ReviseOrder(ValueList<OrderLine>.Of(unpriced), TvOrder.DeliveryDate, "AQL 1.0", "price reopened"), Actors.Sales);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(TvOrder.Approve(Department.Production), Actors.ProductionManager);
        s.Do(TvOrder.Approve(Department.Technical), Actors.TechnicalManager);
        var v = s.Refuse(FinanceApproval(exposure: 201_000m, limit: 200_000m), Actors.FinanceManager).Has(ViolationCodes.ReviewCreditLimitExceeded, "R7");
        Assert.Contains("not yet priced", v.Message, StringComparison.Ordinal);
        s.Do(FinanceApproval(exposure: 199_000m, limit: 200_000m), Actors.FinanceManager);
        var check = s.Current.Review!.SignOffs[^1].Credit!;
        Assert.Null(check.OrderAmount);
        Assert.False(check.Exceeded);
    }

    [Fact]
    public void ReviewPolicy_Create_RejectsADepartmentListedTwice()
    {
        var twice = ValueList<DepartmentCriteria>.Of(new DepartmentCriteria(Department.Sales, default), new DepartmentCriteria(Department.Sales, default));
        Assert.Throws<ArgumentException>(() => ReviewPolicy.Create(new ReviewPolicyOptions { Criteria = twice }));
        Assert.ThrowsAny<ArgumentException>(() => ReviewPolicy.Create(new ReviewPolicyOptions { CreditOverLimit = (CreditOverLimit)9 }));
        Assert.ThrowsAny<ArgumentException>(() => ReviewPolicy.Create(new ReviewPolicyOptions { Criteria = ValueList<DepartmentCriteria>.Of(new DepartmentCriteria((Department)9, default)) }));
        Assert.ThrowsAny<ArgumentException>(() => ReviewPolicy.Create(new ReviewPolicyOptions { Criteria = ValueList<DepartmentCriteria>.Of(new DepartmentCriteria(Department.Sales, ValueList<ReviewCriterion>.Of((ReviewCriterion)9))) }));
        Assert.ThrowsAny<ArgumentException>(() => ReviewPolicy.Create(new ReviewPolicyOptions { Criteria = ValueList<DepartmentCriteria>.Of([null!]) }));
    }

    [Fact]
    public void ReviewPolicy_Default_GivesEveryDepartmentItsSeedCriteria_R7()
    {
        Assert.Equal(ValueList<ReviewCriterion>.Of(ReviewCriterion.Compliance), ReviewPolicy.Default.CriteriaFor(Department.Sales));
        Assert.Equal(ValueList<ReviewCriterion>.Of(ReviewCriterion.CreditOrBudget), ReviewPolicy.Default.CriteriaFor(Department.Finance));
        Assert.Equal(CreditOverLimit.Refuse, ReviewPolicy.Default.CreditOverLimit);
        var none = ReviewPolicy.Create(new ReviewPolicyOptions { Criteria = default });
        Assert.True(none.CriteriaFor(Department.Production).IsEmpty);
    }

    /// <summary>R7 invariant: a finance approval is accepted in refuse mode exactly when exposure plus the order stays within the limit.</summary>
    [Property(MaxTest = 60)]
    public Property FinanceApproval_IsAcceptedExactlyWithinTheLimit_R7()
    {
        var gen = from exposure in Gen.Choose(0, 400_000)
                  from limit in Gen.Choose(0, 600_000)
                  select (exposure, limit);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var s = FinanceAwaited();
            var accepted = s.Try(FinanceApproval(t.exposure, t.limit), Actors.FinanceManager).IsT0;
            return accepted == (t.exposure + 170_000m <= t.limit);
        });
    }

    private static SignReview FinanceApproval(decimal exposure, decimal limit) =>
        TvOrder.Approve(Department.Finance) with { Credit = new CreditPosition(Money.Of(exposure, Currency.USD), Money.Of(limit, Currency.USD)) };

    /// <summary>A new customer's TV order (170,000 USD) in its detail stage, everyone but finance signed.</summary>
    private static Scenario FinanceAwaited(ReviewPolicyOptions? options = null)
    {
        var s = options is null ? new Scenario() : new Scenario(OrderPolicies.Default with { Review = ReviewPolicy.Create(options) });
        s.Do(TvOrder.Receive(tier: CustomerTier.New), Actors.Sales);
        s.Do(new RecordOrder(1), Actors.Clerk);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        s.Do(TvOrder.Approve(Department.Production), Actors.ProductionManager);
        s.Do(TvOrder.Approve(Department.Technical), Actors.TechnicalManager);
        Assert.Equal(Zero, Money.Zero(s.Current.Currency));
        return s;
    }

    private static Scenario InDetailStage()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(TvOrder.Approve(Department.Sales), Actors.SalesManager);
        return s;
    }
}
