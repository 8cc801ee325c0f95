using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Intake;

/// <summary>R4: the priority policy classifies from urgency, amount and importance; the host may override, recorded as such.</summary>
public class PriorityTests
{
    private static readonly LocalDate March2 = new(2026, 3, 2);

    [Fact]
    public void Classify_RequestedWithinTheStandardLeadTime_IsUrgent_R4()
    {
        var c = PriorityPolicy.Default.Classify(new PriorityInput(Money.Of(8_500m, Currency.USD), CustomerTier.Ordinary, March2, March2.PlusDays(20)));
        Assert.Equal(Priority.Urgent, c.Priority);
        Assert.Contains("requested in 20 days, standard lead time 30 days: urgent", c.Reasons);
    }

    [Fact]
    public void Classify_LargeAmount_IsImportant_R4()
    {
        var c = PriorityPolicy.Default.Classify(new PriorityInput(Money.Of(250_000m, Currency.USD), CustomerTier.Ordinary, March2, March2.PlusDays(90)));
        Assert.Equal(Priority.Important, c.Priority);
        Assert.Contains(c.Reasons, r => r.Contains("at or above 200,000.00 USD", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_KeyCustomer_IsImportant_UnlessTheHostSaysOtherwise_R4()
    {
        var input = new PriorityInput(Money.Of(8_500m, Currency.USD), CustomerTier.Key, March2, March2.PlusDays(90));
        Assert.Equal(Priority.Important, PriorityPolicy.Default.Classify(input).Priority);
        Assert.Equal(Priority.Normal, PriorityPolicy.Create(new PriorityPolicyOptions { KeyCustomersAreImportant = false }).Classify(input).Priority);
    }

    [Fact]
    public void Classify_SmallOrdinaryOrderWithoutDate_IsNormal_AndSaysWhy_R4()
    {
        var c = PriorityPolicy.Default.Classify(new PriorityInput(Money.Of(8_500m, Currency.USD), CustomerTier.Ordinary, March2, null));
        Assert.Equal(Priority.Normal, c.Priority);
        Assert.Equal(3, c.Reasons.Count);
        Assert.Contains("no requested delivery date: not urgent", c.Reasons);
    }

    [Fact]
    public void Classify_CurrencyWithoutThreshold_OrUnpricedOrder_DoesNotWeighTheAmount_R4()
    {
        var options = new PriorityPolicyOptions { ImportantFromAmounts = ValueList<Money>.Of(Money.Of(1m, Currency.CNY)) };
        var usd = PriorityPolicy.Create(options).Classify(new PriorityInput(Money.Of(9_000_000m, Currency.USD), CustomerTier.Ordinary, March2, March2.PlusDays(90)));
        Assert.Equal(Priority.Normal, usd.Priority);
        Assert.Contains("no important-from amount for USD: amount not weighed", usd.Reasons);
        var unpriced = PriorityPolicy.Default.Classify(new PriorityInput(null, CustomerTier.Ordinary, March2, March2.PlusDays(90)));
        Assert.Equal(Priority.Normal, unpriced.Priority);
        Assert.Contains(unpriced.Reasons, r => r.StartsWith("amount not known", StringComparison.Ordinal));
    }

    [Fact]
    public void PriorityPolicy_Create_RejectsBadOptions()
    {
        Assert.ThrowsAny<ArgumentException>(() => PriorityPolicy.Create(new PriorityPolicyOptions { StandardLeadTimeDays = -1 }));
        Assert.ThrowsAny<ArgumentException>(() => PriorityPolicy.Create(new PriorityPolicyOptions { ImportantFromAmounts = ValueList<Money>.Of(Money.Of(1m, Currency.USD), Money.Of(2m, Currency.USD)) }));
        Assert.ThrowsAny<ArgumentException>(() => PriorityPolicy.Create(new PriorityPolicyOptions { ImportantFromAmounts = ValueList<Money>.Of(Money.Of(-1m, Currency.USD)) }));
        Assert.ThrowsAny<ArgumentException>(() => PriorityPolicy.Create(new PriorityPolicyOptions { ImportantFromAmounts = ValueList<Money>.Of(default(Money)) }));
        Assert.Throws<ArgumentNullException>(() => PriorityPolicy.Default.Classify(null!));
    }

    [Fact]
    public void ReceiveOrder_WithoutPriority_TakesTheClassification_R4()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(SmallLine(), priority: null, tier: CustomerTier.Key), Actors.Sales);
        Assert.Equal(Priority.Important, s.Current.Priority);
        var basis = s.Current.PriorityBasis!;
        Assert.Equal(Priority.Important, basis.Classified);
        Assert.False(basis.Overridden);
        Assert.Contains(basis.Reasons, r => r.Contains("key customer", StringComparison.Ordinal));
    }

    [Fact]
    public void ReceiveOrder_DeclaringTheClassifiedPriority_IsNoOverride_R4()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(priority: Priority.Normal), Actors.Sales);
        Assert.Null(s.Current.PriorityBasis!.OverriddenBy);
    }

    [Fact]
    public void ReceiveOrder_DeclaringAnotherPriority_IsRecordedAsAnOverrideByTheActor_R4()
    {
        var s = new Scenario();
        var accepted = s.Do(TvOrder.Receive(priority: Priority.Urgent), Actors.Sales);
        Assert.Equal(Priority.Urgent, s.Current.Priority);
        var basis = ((OrderReceived)accepted.Events[0]).PriorityBasis!;
        Assert.Equal(Priority.Normal, basis.Classified);
        Assert.True(basis.Overridden);
        Assert.Equal(Actors.Sales.Id, basis.OverriddenBy);
        Assert.Equal(basis, s.Current.PriorityBasis);
    }

    [Fact]
    public void ClassifiedImportantOrder_GetsFinanceReviewAndTheGeneralManager_R4_R8()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(SmallLine(), priority: null, tier: CustomerTier.Key), Actors.Sales);
        s.Do(new RecordOrder(1), Actors.Clerk);
        s.Do(new SubmitForReview(), Actors.Sales);
        Assert.Contains(Department.Finance, s.Current.Review!.DetailDepartments);
        Assert.Contains("Important priority adds Finance (R4)", s.Current.Review.Explanation, StringComparison.Ordinal);
        foreach (var (d, a) in new[] { (Department.Sales, Actors.SalesManager), (Department.Production, Actors.ProductionManager), (Department.Technical, Actors.TechnicalManager), (Department.Finance, Actors.FinanceManager) })
        {
            s.Do(TvOrder.Approve(d), a);
        }

        s.Do(new PrepareQuotation(1, TvOrder.Prices(), March2.PlusDays(20)), Actors.Sales);
        Assert.Equal(ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager), s.Current.Quotation!.RequiredLevels);
    }

    [Fact]
    public void ClassifiedNormalSmallOrder_NeedsOnlyTheDepartmentHead_AndNoFinance_R4()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(SmallLine(), priority: null), Actors.Sales);
        s.Do(new RecordOrder(1), Actors.Clerk);
        s.Do(new SubmitForReview(), Actors.Sales);
        Assert.DoesNotContain(Department.Finance, s.Current.Review!.DetailDepartments);
    }

    /// <summary>R4 invariant: the classification is urgent exactly when the date falls within the lead time, and otherwise important exactly when the amount reaches the threshold or the customer is key.</summary>
    [Property(MaxTest = 200)]
    public Property Classify_FollowsUrgencyThenAmountThenImportance_R4()
    {
        var gen = from days in Gen.Choose(-10, 120)
                  from amount in Gen.Choose(0, 400_000)
                  from tier in Gen.Elements(CustomerTier.Key, CustomerTier.Ordinary, CustomerTier.New)
                  select (days, amount, tier);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var c = PriorityPolicy.Default.Classify(new PriorityInput(Money.Of(t.amount, Currency.USD), t.tier, March2, March2.PlusDays(t.days)));
            var expected = t.days < 30 ? Priority.Urgent : t.amount >= 200_000 || t.tier == CustomerTier.Key ? Priority.Important : Priority.Normal;
            return c.Priority == expected && c.Reasons.Count == 3;
        });
    }

    [Fact]
    public void CompleteOrderDetails_ReclassifiesFromTheCompletedDate_R3_R4()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(SmallLine(), priority: null) with { RequestedDeliveryDate = null }, Actors.Sales);
        Assert.Equal(Priority.Normal, s.Current.Priority);
        Assert.Contains("no requested delivery date: not urgent", s.Current.PriorityBasis!.Reasons);
        s.Do(new ReturnForCompletion("no delivery date", ValueList<string>.Of("requested delivery date")), Actors.Clerk);

        var receivedOn = s.Current.ReceivedAt.InZone(DateTimeZoneProviders.Tzdb[s.Current.TimeZoneId]).Date;
        var completed = s.Do(new CompleteOrderDetails(ValueList<OrderLine>.Of(SmallLine()), receivedOn.PlusDays(20), "AQL 1.0"), Actors.Customer);

        Assert.Equal(Priority.Urgent, s.Current.Priority);
        var basis = ((OrderDetailsCompleted)completed.Events[0]).PriorityBasis!;
        Assert.Equal(basis, s.Current.PriorityBasis);
        Assert.Contains("requested in 20 days, standard lead time 30 days: urgent", basis.Reasons);
        Assert.False(basis.Overridden);
    }

    [Fact]
    public void CompleteOrderDetails_AfterAHostOverride_KeepsTheHostsPriority_AndRecordsTheNewClassification_R4()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(SmallLine(), priority: Priority.Important) with { RequestedDeliveryDate = null }, Actors.Sales);
        s.Do(new ReturnForCompletion("no delivery date", ValueList<string>.Of("requested delivery date")), Actors.Clerk);
        var receivedOn = s.Current.ReceivedAt.InZone(DateTimeZoneProviders.Tzdb[s.Current.TimeZoneId]).Date;

        s.Do(new CompleteOrderDetails(ValueList<OrderLine>.Of(SmallLine()), receivedOn.PlusDays(10), "AQL 1.0"), Actors.Customer);

        Assert.Equal(Priority.Important, s.Current.Priority);
        Assert.Equal(Priority.Urgent, s.Current.PriorityBasis!.Classified);
        Assert.Equal(Actors.Sales.Id, s.Current.PriorityBasis.OverriddenBy);
    }

    [Fact]
    public void OrderDetailsCompleted_RecordedBeforeReclassification_KeepsThePriority_R4()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(SmallLine(), priority: null, tier: CustomerTier.Key) with { RequestedDeliveryDate = null }, Actors.Sales);
        s.Do(new ReturnForCompletion("no delivery date", ValueList<string>.Of("requested delivery date")), Actors.Clerk);
        var before = s.Current;
        var legacy = new OrderDetailsCompleted(ValueList<OrderLine>.Of(SmallLine()), TvOrder.DeliveryDate, "AQL 1.0") { OrderId = before.Id, Version = before.Version + 1, At = before.UpdatedAt, By = Actors.Customer.Id };

        var after = OrderDecider.Evolve(before, legacy);

        Assert.Equal(before.Priority, after.Priority);
        Assert.Equal(before.PriorityBasis, after.PriorityBasis);
    }

    /// <summary>R4 invariant: an order completed later is classified as it would have been had it come complete.</summary>
    [Property(MaxTest = 60)]
    public Property CompletingAnOrder_ClassifiesItAsReceivingItComplete_R3_R4()
    {
        var gen = from days in Gen.Choose(1, 120)
                  from pieces in Gen.Choose(1, 5_000)
                  from tier in Gen.Elements(CustomerTier.Key, CustomerTier.Ordinary, CustomerTier.New)
                  select (days, pieces, tier);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var line = OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(t.pieces), TvOrder.UnitPrice);
            var complete = new Scenario();
            complete.Do(TvOrder.Receive(line, priority: null, tier: t.tier), Actors.Sales);
            var receivedOn = complete.Current.ReceivedAt.InZone(DateTimeZoneProviders.Tzdb[complete.Current.TimeZoneId]).Date;
            complete = new Scenario();
            complete.Do(TvOrder.Receive(line, priority: null, tier: t.tier) with { RequestedDeliveryDate = receivedOn.PlusDays(t.days) }, Actors.Sales);

            var later = new Scenario();
            later.Do(TvOrder.Receive(SmallLine(), priority: null, tier: t.tier) with { RequestedDeliveryDate = null }, Actors.Sales);
            later.Do(new ReturnForCompletion("no delivery date", ValueList<string>.Of("requested delivery date")), Actors.Clerk);
            later.Do(new CompleteOrderDetails(ValueList<OrderLine>.Of(line), receivedOn.PlusDays(t.days), string.Empty), Actors.Customer);

            return complete.Current.Priority == later.Current.Priority
                && complete.Current.PriorityBasis!.Classified == later.Current.PriorityBasis!.Classified
                && complete.Current.PriorityBasis.Reasons.SequenceEqual(later.Current.PriorityBasis.Reasons);
        });
    }

    /// <summary>100 sets at 85.00 USD: 8,500 USD, far below the amount that makes an order important.</summary>
    private static OrderLine SmallLine() => OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55\" UHD, firmware 3.2", Quantity.Pieces(100), TvOrder.UnitPrice);
}
