using NodaTime;
using OrderKernel.Orders;
using OrderKernel.Primitives;
using OrderKernel.Quotations;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Orders;

public class QuotationTests
{
    [Fact]
    public void PrepareQuotation_TotalsRoundedLinesAndNeedsHeadThenGeneralManager_R8_R13()
    {
        var s = TvOrder.Through(TvOrder.Stage.Quoted);
        var q = s.Current.Quotation!;
        Assert.Equal("Q-2026-000012-R1", q.Number);
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), q.Total);
        Assert.Equal(ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager), q.RequiredLevels);
        Assert.Equal(QuotationStatus.PendingApproval, q.Status);
        Assert.Contains("R8", q.ApprovalExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void PrepareQuotation_Discount_RoundsEachLineCommercially()
    {
        var s = TvOrder.Through(TvOrder.Stage.Reviewed);
        s.Do(new PrepareQuotation(12, TvOrder.Prices(85.01m, 3.333m), new LocalDate(2026, 3, 31)), Actors.Sales);
        // 2000 × 85.01 × (1 − 0.03333) = 164,353.2334, rounded to the cent
        Assert.Equal(164_353.23m, s.Current.Quotation!.Total.Amount);
    }

    [Fact]
    public void PrepareQuotation_MissingLinePrice_IsRejected()
    {
        var s = TvOrder.Through(TvOrder.Stage.Reviewed);
        s.Refuse(new PrepareQuotation(12, default, new LocalDate(2026, 3, 31)), Actors.Sales).Has(ViolationCodes.QuotationLineMismatch);
    }

    [Fact]
    public void PrepareQuotation_ValidityInThePast_IsRejected()
    {
        var s = TvOrder.Through(TvOrder.Stage.Reviewed);
        s.Refuse(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 2, 1)), Actors.Sales).Has(ViolationCodes.QuotationValidityInPast);
    }

    [Fact]
    public void ApproveQuotation_OutOfOrder_IsRejected_R8()
    {
        var s = TvOrder.Through(TvOrder.Stage.Quoted);
        s.Refuse(new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), Actors.GeneralManager).Has(ViolationCodes.ApprovalLevelNotExpected, "R8");
    }

    [Fact]
    public void ApproveQuotation_ByThePreparer_IsSelfApproval_R8()
    {
        var preparerAndHead = Actor.Create("u-sales", "Wang Wei (sales, also head)", Role.SalesRepresentative, Role.DepartmentHead);
        var s = TvOrder.Through(TvOrder.Stage.Reviewed);
        s.Do(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 3, 31)), preparerAndHead);
        s.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "mine"), preparerAndHead).Has(ViolationCodes.SelfApproval, "R8");
    }

    [Fact]
    public void ApproveQuotation_WithoutTheLevelsRole_IsRejected()
    {
        var s = TvOrder.Through(TvOrder.Stage.Quoted);
        s.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.GeneralManager).Has(ViolationCodes.RoleNotAllowed, "R8");
    }

    [Fact]
    public void AcceptQuotation_BeforeAllApprovals_IsRejected_R8()
    {
        var s = TvOrder.Through(TvOrder.Stage.Quoted);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.DepartmentHead);
        s.Refuse(new AcceptQuotation(), Actors.Customer).Has(ViolationCodes.QuotationNotApproved, "R8");
    }

    [Fact]
    public void AcceptQuotation_AfterTheValidityDateEndsInTheCustomersZone_IsExpired_R13()
    {
        var s = TvOrder.Through(TvOrder.Stage.Approved);
        // valid until 31 March in Asia/Shanghai: expires 2026-03-31T16:00Z
        s.Now = Instant.FromUtc(2026, 3, 31, 15, 0);
        s.Refuse(new AcceptQuotation(), Actors.Customer, Duration.FromHours(1)).Has(ViolationCodes.QuotationExpired, "R13");
    }

    [Fact]
    public void AcceptQuotation_OnTheLastValidDay_IsAccepted()
    {
        var s = TvOrder.Through(TvOrder.Stage.Approved);
        s.Now = Instant.FromUtc(2026, 3, 31, 14, 0);
        s.Do(new AcceptQuotation(), Actors.Customer, Duration.FromMinutes(59));
        Assert.Equal(OrderStatus.QuotationAccepted, s.Current.Status);
    }

    [Fact]
    public void ReviseQuotation_KeepsTheOldRevisionAndInvalidatesItsApprovals()
    {
        var s = TvOrder.Through(TvOrder.Stage.Approved);
        var approvedFingerprint = s.Current.Quotation!.Fingerprint;
        s.Do(new ReviseQuotation(TvOrder.Prices(84.00m), new LocalDate(2026, 4, 15), "customer asked for 84.00"), Actors.Sales);
        var q = s.Current.Quotation!;
        Assert.Equal("Q-2026-000012-R2", q.Number);
        Assert.Empty(q.Approvals);
        Assert.NotEqual(approvedFingerprint, q.Fingerprint);
        Assert.Equal(QuotationStatus.PendingApproval, q.Status);
        var old = Assert.Single(q.History);
        Assert.Equal(QuotationStatus.Approved, old.Status);
        s.Refuse(new AcceptQuotation(), Actors.Customer).Has(ViolationCodes.QuotationNotApproved);
    }

    [Fact]
    public void RejectQuotationApproval_OneRejectionRejects_R8()
    {
        var s = TvOrder.Through(TvOrder.Stage.Quoted);
        s.Do(new RejectQuotationApproval(ApprovalLevel.DepartmentHead, "margin below 12 %"), Actors.DepartmentHead);
        Assert.Equal(QuotationStatus.ApprovalRejected, s.Current.Quotation!.Status);
        s.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "changed my mind"), Actors.DepartmentHead).Has(ViolationCodes.TransitionNotAllowed);
    }

    [Fact]
    public void DeclineQuotation_LosesTheOrder()
    {
        var s = TvOrder.Through(TvOrder.Stage.Quoted);
        s.Do(new DeclineQuotation("price too high"), Actors.Customer);
        Assert.Equal(OrderStatus.Lost, s.Current.Status);
        Assert.True(s.Current.IsTerminal);
        s.Do(new CloseOrder(), Actors.SalesManager);
    }

    [Theory]
    [InlineData(100_000, 1)]
    [InlineData(100_000.01, 2)]
    [InlineData(1_000_000, 2)]
    [InlineData(1_000_000.01, 3)]
    public void ApprovalPolicy_Default_MapsAmountsToLevels_R8(double amount, int levels) =>
        Assert.Equal(levels, ApprovalPolicy.Default.Require(Money.Of((decimal)amount, Currency.USD), Priority.Normal).Levels.Count);

    [Fact]
    public void ApprovalPolicy_ImportantSmallOrder_NeedsTheGeneralManager_R4() =>
        Assert.Equal(2, ApprovalPolicy.Default.Require(Money.Of(10m, Currency.USD), Priority.Important).Levels.Count);
}
