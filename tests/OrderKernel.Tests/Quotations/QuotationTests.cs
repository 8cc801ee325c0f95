using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Quotations;

public class QuotationTests
{
    [Fact]
    public void PrepareQuotation_TotalsRoundedLinesAndNeedsHeadThenGeneralManager_R8_R12_R13()
    {
        var s = TvOrder.Through(ScenarioStage.Quoted);
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
        var s = TvOrder.Through(ScenarioStage.Reviewed);
        s.Do(new PrepareQuotation(12, TvOrder.Prices(85.01m, 3.333m), new LocalDate(2026, 3, 31)), Actors.Sales);
        // 2000 × 85.01 × (1 − 0.03333) = 164,353.2334, rounded to the cent
        Assert.Equal(164_353.23m, s.Current.Quotation!.Total.Amount);
    }

    [Fact]
    public void PrepareQuotation_MissingLinePrice_IsRejected()
    {
        var s = TvOrder.Through(ScenarioStage.Reviewed);
        s.Refuse(new PrepareQuotation(12, default, new LocalDate(2026, 3, 31)), Actors.Sales).Has(ViolationCodes.QuotationLineMismatch);
    }

    [Fact]
    public void PrepareQuotation_ValidityInThePast_IsRejected()
    {
        var s = TvOrder.Through(ScenarioStage.Reviewed);
        s.Refuse(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 2, 1)), Actors.Sales).Has(ViolationCodes.QuotationValidityInPast);
    }

    [Fact]
    public void ApproveQuotation_OutOfOrder_IsRejected_R8()
    {
        var s = TvOrder.Through(ScenarioStage.Quoted);
        s.Refuse(new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), Actors.GeneralManager).Has(ViolationCodes.ApprovalLevelNotExpected, "R8");
    }

    [Fact]
    public void ApproveQuotation_ByThePreparer_IsSelfApproval_R8()
    {
        var preparerAndHead = Actor.Create("u-sales", "Wang Wei (sales, also head)", Role.SalesRepresentative, Role.DepartmentHead);
        var s = TvOrder.Through(ScenarioStage.Reviewed);
        s.Do(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 3, 31)), preparerAndHead);
        s.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "mine"), preparerAndHead).Has(ViolationCodes.SelfApproval, "R8");
    }

    [Fact]
    public void ApproveQuotation_WithoutTheLevelsRole_IsRejected()
    {
        var s = TvOrder.Through(ScenarioStage.Quoted);
        s.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.GeneralManager).Has(ViolationCodes.RoleNotAllowed, "R8");
    }

    [Fact]
    public void AcceptQuotation_BeforeAllApprovals_IsRejected_R8()
    {
        var s = TvOrder.Through(ScenarioStage.Quoted);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.DepartmentHead);
        s.Refuse(new AcceptQuotation(), Actors.Customer).Has(ViolationCodes.QuotationNotApproved, "R8");
    }

    [Fact]
    public void AcceptQuotation_AfterTheValidityDateEndsInTheCustomersZone_IsExpired_R13()
    {
        var s = TvOrder.Through(ScenarioStage.Approved);
        // valid until 31 March in Asia/Shanghai: expires 2026-03-31T16:00Z
        s.Now = Instant.FromUtc(2026, 3, 31, 15, 0);
        s.Refuse(new AcceptQuotation(), Actors.Customer, Duration.FromHours(1)).Has(ViolationCodes.QuotationExpired, "R13");
    }

    [Fact]
    public void AcceptQuotation_UnapprovedAndExpired_ListsBothReasons_R8_R13()
    {
        var s = TvOrder.Through(ScenarioStage.Quoted);
        s.Now = Instant.FromUtc(2026, 4, 2, 0, 0);
        var refused = s.Refuse(new AcceptQuotation(), Actors.Customer);
        Assert.Equal([ViolationCodes.QuotationNotApproved, ViolationCodes.QuotationExpired], refused.Violations.Select(v => v.Code));
        Assert.Equal(refused.Violations, OrderDecider.PermittedCommands(s.Current, DecisionContext.Create(s.Now, Actors.Customer)).Single(a => a.Kind == CommandKind.AcceptQuotation).Reasons);
    }

    [Fact]
    public void AcceptQuotation_OnTheLastValidDay_IsAccepted()
    {
        var s = TvOrder.Through(ScenarioStage.Approved);
        s.Now = Instant.FromUtc(2026, 3, 31, 14, 0);
        s.Do(new AcceptQuotation(), Actors.Customer, Duration.FromMinutes(59));
        Assert.Equal(OrderStatus.QuotationAccepted, s.Current.Status);
    }

    [Fact]
    public void ReviseQuotation_KeepsTheOldRevisionAndInvalidatesItsApprovals()
    {
        var s = TvOrder.Through(ScenarioStage.Approved);
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
        var s = TvOrder.Through(ScenarioStage.Quoted);
        s.Do(new RejectQuotationApproval(ApprovalLevel.DepartmentHead, "margin below 12 %"), Actors.DepartmentHead);
        Assert.Equal(QuotationStatus.ApprovalRejected, s.Current.Quotation!.Status);
        s.Refuse(new ApproveQuotation(ApprovalLevel.DepartmentHead, "changed my mind"), Actors.DepartmentHead).Has(ViolationCodes.TransitionNotAllowed);
    }

    [Fact]
    public void DeclineQuotation_LosesTheOrder()
    {
        var s = TvOrder.Through(ScenarioStage.Quoted);
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
        Assert.Equal(levels, ApprovalPolicy.Default.Require(new ApprovalRequest(Money.Of((decimal)amount, Currency.USD), Priority.Normal, Percentage.Zero)).Levels.Count);

    [Fact]
    public void ApprovalPolicy_ImportantSmallOrder_NeedsTheGeneralManager_R4() =>
        Assert.Equal(2, ApprovalPolicy.Default.Require(new ApprovalRequest(Money.Of(10m, Currency.USD), Priority.Important, Percentage.Zero)).Levels.Count);

    [Fact]
    public void ApprovalPolicy_DiscountAboveTheLimit_NeedsTheGeneralManager_R8()
    {
        var requirement = ApprovalPolicy.Default.Require(new ApprovalRequest(Money.Of(10m, Currency.USD), Priority.Normal, Percentage.Of(5.5m)));
        Assert.Equal(ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager), requirement.Levels);
        Assert.Contains("discount of 5.5 %", requirement.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovalPolicy_PerCurrencyLimits_TakePrecedence_R8()
    {
        var policy = ApprovalPolicy.Create(new ApprovalPolicyOptions { Limits = ValueList<ApprovalLimit>.Of(new ApprovalLimit(Currency.JPY, 10_000_000m, 100_000_000m)) });
        Assert.Single(policy.Require(new ApprovalRequest(Money.Of(5_000_000m, Currency.JPY), Priority.Normal, Percentage.Zero)).Levels);
        Assert.False(policy.HasLimitsFor(Currency.USD));
        Assert.Throws<InvalidOperationException>(() => policy.Require(new ApprovalRequest(Money.Of(5_000_000m, Currency.USD), Priority.Normal, Percentage.Zero)));
    }

    [Fact]
    public void ApprovalPolicy_InvalidOptions_Throw() =>
        Assert.Throws<ArgumentException>(() => ApprovalPolicy.Create(new ApprovalPolicyOptions { Limits = ValueList<ApprovalLimit>.Of(new ApprovalLimit(Currency.USD, 10m, 5m)) }));

    [Fact]
    public void PrepareQuotation_SmallOrderFromAnOrdinaryCustomer_CarriesSurchargeAndLongerLeadTime_R9()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(TvOrder.TvLine() with { }) with { Lines = ValueList<OrderLine>.Of(OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55in", Quantity.Pieces(50), TvOrder.UnitPrice)) }, Actors.Sales);
        TvOrder.Through(ScenarioStage.Reviewed, s, from: ScenarioStage.Recorded);
        s.Do(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 3, 31)), Actors.Sales);
        var q = s.Current.Quotation!;
        Assert.Equal(AcceptanceOutcome.AcceptWithTerms, q.Acceptance.Outcome);
        Assert.Equal(Money.Of(4_590.00m, Currency.USD), q.Total); // 50 × 85.00 × 1.08
        Assert.Equal(Percentage.Of(8), q.Lines[0].Surcharge);
        Assert.Equal(TvOrder.DeliveryDate.PlusDays(7), q.DeliveryDate);
        Assert.Contains("R9", q.Acceptance.Explanation, StringComparison.Ordinal);

        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.DepartmentHead);
        s.Do(new AcceptQuotation(), Actors.Customer);
        Assert.Equal(TvOrder.DeliveryDate.PlusDays(7), s.Current.RequestedDeliveryDate);
    }

    [Fact]
    public void PrepareQuotation_KeyCustomer_IsAcceptedOnNormalTerms_R9()
    {
        var decision = AcceptancePolicy.Default.Assess(AcceptanceInput.Of(OrderWith(quantity: 50, CustomerTier.Key)));
        Assert.Equal(AcceptanceOutcome.Accept, decision.Outcome);
        Assert.Equal(Percentage.Zero, decision.Surcharge);
    }

    [Fact]
    public void PrepareQuotation_DeclinedByPolicy_IsATypedRejection_R9()
    {
        var policies = OrderPolicies.Default with { Acceptance = AcceptancePolicy.Create(new AcceptancePolicyOptions { DeclineSmallOrdersFromNewCustomers = true }) };
        var s = new Scenario(policies);
        s.Do(TvOrder.Receive(OrderLine.Create(TvOrder.Line, ProductId.From("TV"), "55in", Quantity.Pieces(5), TvOrder.UnitPrice), tier: CustomerTier.New), Actors.Sales);
        s.Do(new RecordOrder(1), Actors.Clerk);
        s.Do(new SubmitForReview(), Actors.Sales);
        foreach (var (d, a) in new[] { (Department.Sales, Actors.SalesManager), (Department.Production, Actors.ProductionManager), (Department.Technical, Actors.TechnicalManager), (Department.Finance, Actors.FinanceManager) })
        {
            s.Do(TvOrder.Approve(d), a);
        }

        s.Refuse(new PrepareQuotation(12, TvOrder.Prices(), new LocalDate(2026, 3, 31)), Actors.Sales).Has(ViolationCodes.AcceptanceDeclined, "R9");
    }

    [Fact]
    public void PrepareQuotation_PerDocumentRounding_RoundsTheTotalOnceAndAllocatesItToTheLines()
    {
        var lines = ValueList<OrderLine>.Of(
            OrderLine.Create(LineId.From("1"), ProductId.From("A"), "a", Quantity.Pieces(1), Money.Of(0.01m, Currency.USD)),
            OrderLine.Create(LineId.From("2"), ProductId.From("B"), "b", Quantity.Pieces(1), Money.Of(0.01m, Currency.USD)),
            OrderLine.Create(LineId.From("3"), ProductId.From("C"), "c", Quantity.Pieces(1), Money.Of(0.01m, Currency.USD)));
        var prices = ValueList<QuotationPrice>.Of(
            new QuotationPrice(LineId.From("1"), Money.Of(0.01m, Currency.USD), Percentage.Of(50)),
            new QuotationPrice(LineId.From("2"), Money.Of(0.01m, Currency.USD), Percentage.Of(50)),
            new QuotationPrice(LineId.From("3"), Money.Of(0.01m, Currency.USD), Percentage.Of(50)));
        Money Total(AmountRounding rounding)
        {
            var s = new Scenario(OrderPolicies.Default with { QuotationRounding = rounding, Acceptance = AcceptancePolicy.Create(new AcceptancePolicyOptions { ExemptTiers = ValueList<CustomerTier>.Of(CustomerTier.Ordinary) }) });
            s.Do(TvOrder.Receive() with { Lines = lines }, Actors.Sales);
            TvOrder.Through(ScenarioStage.Reviewed, s, from: ScenarioStage.Recorded);
            s.Do(new PrepareQuotation(12, prices, new LocalDate(2026, 3, 31)), Actors.Sales);
            var q = s.Current.Quotation!;
            Assert.Equal(q.Total, q.Lines.Aggregate(Money.Zero(Currency.USD), (a, l) => a + l.Amount));
            return q.Total;
        }

        Assert.Equal(0.03m, Total(AmountRounding.PerLine).Amount);     // 3 × round(0.005) = 3 × 0.01
        Assert.Equal(0.02m, Total(AmountRounding.PerDocument).Amount); // round(0.015) = 0.02, allocated 0.01 / 0.01 / 0.00
    }

    [Fact]
    public void ReviseQuotation_WithUnchangedContent_KeepsItsApprovals_R8()
    {
        var s = TvOrder.Through(ScenarioStage.Approved);
        s.Do(new ReviseQuotation(TvOrder.Prices(), new LocalDate(2026, 3, 31), "reissued to the customer's new buyer"), Actors.Sales);
        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);
        Assert.Equal(2, s.Current.Quotation.Approvals.Count);
        Assert.Equal(Actors.DepartmentHead.Id, s.Current.Quotation.VerifiedBy);
    }

    internal static Order OrderWith(decimal quantity, CustomerTier tier)
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(OrderLine.Create(TvOrder.Line, ProductId.From("TV"), "55in", Quantity.Pieces(quantity), TvOrder.UnitPrice), tier: tier), Actors.Sales);
        return s.Current;
    }
}
