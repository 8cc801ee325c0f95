using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Orders;

/// <summary>
/// The default review, acceptance and approval policies: which inputs decide, the exact explanation people read, and
/// their option checks. Written from the mutation run over reviews and quotations (issue 11).
/// </summary>
public class PolicyExplanationTests
{
    private static Order Received(OrderLine? line = null, Priority priority = Priority.Normal, CustomerTier tier = CustomerTier.Ordinary)
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(line, priority: priority, tier: tier), Actors.Sales);
        return s.Current;
    }

    private static OrderLine Pieces(decimal count, bool isNew = false) =>
        OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55in", Quantity.Pieces(count), TvOrder.UnitPrice, isNewProduct: isNew);

    private const string Base = "initial: Sales (R6); detail: Production, Technical (R5)";

    [Fact]
    public void ReviewPolicy_AnOrdinaryOrder_IsReviewedBySalesThenProductionAndTechnical_R5_R6()
    {
        var r = ReviewPolicy.Default.Require(Received());
        Assert.Equal(ValueList<Department>.Of(Department.Sales), r.InitialDepartments);
        Assert.Equal(ValueList<Department>.Of(Department.Production, Department.Technical), r.DetailDepartments);
        Assert.Equal(Base, r.Explanation);
    }

    [Fact]
    public void ReviewPolicy_ANewProduct_AddsProcurementAndQuality_R10()
    {
        var r = ReviewPolicy.Default.Require(Received(TvOrder.TvLine(isNew: true)));
        Assert.Equal(ValueList<Department>.Of(Department.Production, Department.Technical, Department.Procurement, Department.Quality), r.DetailDepartments);
        Assert.Equal(Base + "; new or non-standard product adds Procurement, Quality (R10)", r.Explanation);
    }

    [Fact]
    public void ReviewPolicy_AnAmountAtTheThreshold_AddsFinance_R7()
    {
        var policy = ReviewPolicy.Create(new ReviewPolicyOptions { FinanceReviewFrom = [Money.Of(170_000m, Currency.USD)] });
        var r = policy.Require(Received());
        Assert.Equal(ValueList<Department>.Of(Department.Production, Department.Technical, Department.Finance), r.DetailDepartments);
        Assert.Equal(Base + $"; amount {Money.Of(170_000m, Currency.USD)} at or above 170000 adds Finance (R7)", r.Explanation);
        Assert.DoesNotContain(Department.Finance, ReviewPolicy.Create(new ReviewPolicyOptions { FinanceReviewFrom = [Money.Of(170_000.01m, Currency.USD)] }).Require(Received()).DetailDepartments);
    }

    [Fact]
    public void ReviewPolicy_ANewCustomerAndAnImportantOrder_AddFinanceOnce_R4_R7()
    {
        var r = ReviewPolicy.Default.Require(Received(priority: Priority.Important, tier: CustomerTier.New));
        Assert.Equal(ValueList<Department>.Of(Department.Production, Department.Technical, Department.Finance), r.DetailDepartments);
        Assert.Equal(Base + "; new customer adds Finance (R7 credit); Important priority adds Finance (R4)", r.Explanation);

        var neither = ReviewPolicy.Create(new ReviewPolicyOptions { FinanceReviewsNewCustomers = false, FinanceReviewsImportantOrders = false })
            .Require(Received(priority: Priority.Urgent, tier: CustomerTier.New));
        Assert.Equal(Base, neither.Explanation);
        Assert.DoesNotContain(Department.Finance, neither.DetailDepartments);
    }

    [Fact]
    public void ReviewPolicy_Options_AreChecked()
    {
        Assert.StartsWith("At least one department must review.", Assert.Throws<ArgumentException>(() => ReviewPolicy.Create(new ReviewPolicyOptions { InitialDepartments = default, DetailDepartments = default })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReviewPolicy.Create(new ReviewPolicyOptions { FinanceReviewFrom = [Money.Of(-1m, Currency.USD)] }));
        Assert.Throws<ArgumentException>(() => ReviewPolicy.Create(new ReviewPolicyOptions { FinanceReviewFrom = [Money.Of(1m, Currency.USD), Money.Of(2m, Currency.USD)] }));
        Assert.NotNull(ReviewPolicy.Create(new ReviewPolicyOptions { InitialDepartments = default }));
        Assert.Throws<ArgumentNullException>(() => ReviewPolicy.Default.Require(null!));
    }

    [Fact]
    public void AcceptancePolicy_ExplainsEveryOutcome_R9()
    {
        Assert.Equal("Key customers are accepted on normal terms (R9).", AcceptancePolicy.Default.Assess(AcceptanceInput.Of(Received(Pieces(5), tier: CustomerTier.Key))).Explanation);
        Assert.Equal(
            $"A small order (every line is below 100 units) from a Ordinary customer is accepted only with a {Percentage.Of(8m)} surcharge and 7 more days (R9).",
            AcceptancePolicy.Default.Assess(AcceptanceInput.Of(Received(Pieces(99)))).Explanation);

        // 100 pieces are not "below 100 units", but 100 × 85.00 = 8,500.00 is below the 10,000 amount.
        var byAmount = AcceptancePolicy.Default.Assess(AcceptanceInput.Of(Received(Pieces(100))));
        Assert.Equal(AcceptanceOutcome.AcceptWithTerms, byAmount.Outcome);
        Assert.Equal($"A small order (the estimated amount {Money.Of(8_500m, Currency.USD)} is below 10,000) from a Ordinary customer is accepted only with a {Percentage.Of(8m)} surcharge and 7 more days (R9).", byAmount.Explanation);

        // Declining is for new customers only, and only when the option is on.
        var declining = AcceptancePolicy.Create(new AcceptancePolicyOptions { DeclineSmallOrdersFromNewCustomers = true });
        Assert.Equal(AcceptanceOutcome.AcceptWithTerms, declining.Assess(AcceptanceInput.Of(Received(Pieces(5), tier: CustomerTier.Ordinary))).Outcome);
        Assert.Equal("A small order (every line is below 100 units) from a new customer is declined (R9).", declining.Assess(AcceptanceInput.Of(Received(Pieces(5), tier: CustomerTier.New))).Explanation);
        Assert.Equal(AcceptanceOutcome.AcceptWithTerms, AcceptancePolicy.Default.Assess(AcceptanceInput.Of(Received(Pieces(5), tier: CustomerTier.New))).Outcome);
    }

    [Fact]
    public void ApprovalPolicy_PerCurrencyLimits_AreChecked_R8()
    {
        ApprovalPolicyOptions With(ApprovalLimit limit) => new() { Limits = ValueList<ApprovalLimit>.Of(limit) };
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => ApprovalPolicy.Create(With(null!))).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => ApprovalPolicy.Create(With(new ApprovalLimit(null!, 1m, 2m)))).ParamName);
        Assert.StartsWith(
            "The general manager's limit cannot be below the department head's.",
            Assert.Throws<ArgumentException>(() => ApprovalPolicy.Create(With(new ApprovalLimit(Currency.EUR, 10m, 5m)))).Message,
            StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ApprovalPolicy.Create(With(new ApprovalLimit(Currency.EUR, -1m, 5m))));
    }

    [Fact]
    public void ApprovalPolicy_ADiscountAtTheLimit_IsTheDepartmentHeadsAlone_AndExplained_R8()
    {
        var atLimit = ApprovalPolicy.Default.Require(new ApprovalRequest(Money.Of(50_000m, Currency.USD), Priority.Normal, Percentage.Of(5m)));
        Assert.Equal(ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead), atLimit.Levels);
        Assert.Equal($"{Money.Of(50_000m, Currency.USD)} is within the department head's limit (USD limits: department head up to 100,000, general manager up to 1,000,000) (R8).", atLimit.Explanation);
        Assert.Equal(ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager), ApprovalPolicy.Default.Require(new ApprovalRequest(Money.Of(50_000m, Currency.USD), Priority.Normal, Percentage.Of(5.01m))).Levels);

        var important = ApprovalPolicy.Default.Require(new ApprovalRequest(Money.Of(50_000m, Currency.USD), Priority.Urgent, Percentage.Zero));
        Assert.Equal($"{Money.Of(50_000m, Currency.USD)} is within the department head's limit, but a Urgent order needs the general manager (R8, R4).", important.Explanation);
        Assert.True(atLimit != important);
        Assert.False(atLimit != ApprovalPolicy.Default.Require(new ApprovalRequest(Money.Of(50_000m, Currency.USD), Priority.Normal, Percentage.Of(5m))));
        Assert.Equal($"{atLimit.Levels}: {atLimit.Explanation}", atLimit.ToString());
    }
}
