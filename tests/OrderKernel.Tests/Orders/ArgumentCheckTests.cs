using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Orders;

/// <summary>
/// Programmer errors in the order area's public factories are exceptions naming the argument (never a rejection, never
/// a half-built value): a context over policies with a missing part, a customer without a name, a line without an id.
/// </summary>
public class ArgumentCheckTests
{
    public static TheoryData<string, OrderPolicies> PoliciesWithAMissingPart() => new()
    {
        { "Authorization", OrderPolicies.Default with { Authorization = null! } },
        { "SeparationOfDuties", OrderPolicies.Default with { SeparationOfDuties = null! } },
        { "Numbering", OrderPolicies.Default with { Numbering = null! } },
        { "Review", OrderPolicies.Default with { Review = null! } },
        { "Approval", OrderPolicies.Default with { Approval = null! } },
        { "Acceptance", OrderPolicies.Default with { Acceptance = null! } },
        { "QuotationRounding", OrderPolicies.Default with { QuotationRounding = (OrderKernel.AmountRounding)77 } },
        { "Sample", OrderPolicies.Default with { Sample = null! } },
        { "ShipmentRelease", OrderPolicies.Default with { ShipmentRelease = null! } },
        { "Cancellation", OrderPolicies.Default with { Cancellation = null! } },
        { "Holds", OrderPolicies.Default with { Holds = null! } },
        { "ServiceLevels", OrderPolicies.Default with { ServiceLevels = null! } },
        { "DelayPenalty", OrderPolicies.Default with { DelayPenalty = null! } },
        { "ChangeImpact", OrderPolicies.Default with { ChangeImpact = null! } },
        { "InvoiceBasis", OrderPolicies.Default with { InvoiceBasis = (OrderKernel.InvoiceBasis)77 } },
        { "DefaultPaymentTerms", OrderPolicies.Default with { DefaultPaymentTerms = null! } },
        { "Rounding", OrderPolicies.Default with { Rounding = null! } },
    };

    [Theory]
    [MemberData(nameof(PoliciesWithAMissingPart))]
    public void DecisionContext_PoliciesWithAMissingPart_NameIt(string part, OrderPolicies policies)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => DecisionContext.Create(Scenario.Start, Actors.Sales, policies));
        Assert.Equal(part, e.ParamName);
    }

    [Fact]
    public void DecisionContext_WithoutAnActor_IsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => DecisionContext.Create(Scenario.Start, null!));

    [Fact]
    public void CustomerInfo_NeedsAnIdANameAndAKnownTier()
    {
        Assert.Throws<ArgumentNullException>(() => CustomerInfo.Create(null!, "ACME", CustomerTier.Key));
        Assert.Throws<ArgumentException>(() => CustomerInfo.Create(CustomerId.From("c-1"), " ", CustomerTier.Key));
        Assert.Equal("tier", Assert.ThrowsAny<ArgumentException>(() => CustomerInfo.Create(CustomerId.From("c-1"), "ACME", (CustomerTier)77)).ParamName);
    }

    [Fact]
    public void OrderLine_NeedsAnIdAProductASpecificationAndAPositiveQuantity()
    {
        var id = LineId.From("10");
        var product = ProductId.From("TV");
        var two = Quantity.Pieces(2);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => OrderLine.Create(null!, product, "spec", two, null)).ParamName);
        Assert.Equal("product", Assert.Throws<ArgumentNullException>(() => OrderLine.Create(id, null!, "spec", two, null)).ParamName);
        Assert.Equal("specification", Assert.Throws<ArgumentNullException>(() => OrderLine.Create(id, product, null!, two, null)).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentException>(() => OrderLine.Create(id, product, "spec", Quantity.Pieces(0), null)).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentException>(() => OrderLine.Create(id, product, "spec", default, null)).ParamName);
        Assert.Equal("unitPrice", Assert.Throws<ArgumentException>(() => OrderLine.Create(id, product, "spec", two, Money.Of(-1m, Currency.USD))).ParamName);
        Assert.Equal(Money.Zero(Currency.USD), OrderLine.Create(id, product, "spec", two, Money.Zero(Currency.USD)).UnitPrice);
    }

    [Fact]
    public void DeliveryTolerance_CapsAreNotNegative_AndUnderIsAtMostAll()
    {
        var five = Percentage.Of(5m);
        Assert.Equal("overAbsolute", Assert.Throws<ArgumentException>(() => DeliveryTolerance.Create(five, five, -1m)).ParamName);
        Assert.Equal("underAbsolute", Assert.Throws<ArgumentException>(() => DeliveryTolerance.Create(five, five, null, -1m)).ParamName);
        Assert.Equal("under", Assert.Throws<ArgumentOutOfRangeException>(() => DeliveryTolerance.Create(five, Percentage.Of(101m))).ParamName);
        var capped = DeliveryTolerance.Create(five, Percentage.Hundred, 0m, 0m);
        Assert.Equal((100m, 100m), (capped.Maximum(100m), capped.Minimum(100m)));
        Assert.Equal((105m, 0m), (DeliveryTolerance.Create(five, Percentage.Hundred).Maximum(100m), DeliveryTolerance.Create(five, Percentage.Hundred).Minimum(100m)));
    }
}
