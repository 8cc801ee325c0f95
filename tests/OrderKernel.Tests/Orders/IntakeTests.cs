using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Orders;

public class IntakeTests
{
    [Fact]
    public void ReceiveOrder_RecordsChannelCustomerLinesAndDefaultTerms_R1()
    {
        var s = new Scenario();
        var accepted = s.Do(TvOrder.Receive(), Actors.Sales);
        var received = Assert.IsType<OrderReceived>(Assert.Single(accepted.Events));
        Assert.Equal(Channel.Email, received.Channel);
        Assert.Equal(OrderStatus.Received, s.Current.Status);
        Assert.Equal(OrderKernel.PaymentTerms.Default, s.Current.PaymentTerms);
        Assert.Equal(1, s.Current.Version);
        Assert.Null(s.Current.Registration);
    }

    [Fact]
    public void ReceiveOrder_UnknownTimeZone_IsRejected()
    {
        var s = new Scenario();
        var r = s.Refuse(TvOrder.Receive() with { TimeZoneId = "Mars/Olympus" }, Actors.Sales);
        r.Has(ViolationCodes.UnknownTimeZone, "R1");
    }

    [Fact]
    public void ReceiveOrder_LinePricedInAnotherCurrency_IsRejected()
    {
        var s = new Scenario();
        var line = TvOrder.TvLine(Money.Of(85m, Currency.EUR));
        s.Refuse(TvOrder.Receive(line), Actors.Sales).Has(ViolationCodes.CurrencyMismatch);
    }

    [Fact]
    public void ReceiveOrder_DuplicateLineIds_AreRejected()
    {
        var s = new Scenario();
        var cmd = TvOrder.Receive() with { Lines = ValueList<OrderLine>.Of(TvOrder.TvLine(), TvOrder.TvLine()) };
        s.Refuse(cmd, Actors.Sales).Has(ViolationCodes.InvalidInput);
    }

    [Fact]
    public void ReceiveOrder_NoLines_IsRejected() =>
        new Scenario().Refuse(TvOrder.Receive() with { Lines = default }, Actors.Sales).Has(ViolationCodes.InvalidInput, "R1");

    [Fact]
    public void ReceiveOrder_OnAnExistingOrder_IsNotATransition()
    {
        var s = TvOrder.Through(ScenarioStage.Received);
        s.Refuse(TvOrder.Receive(), Actors.Sales).Has(ViolationCodes.TransitionNotAllowed);
    }

    [Fact]
    public void RecordOrder_AssignsTheFormattedNumber_R2()
    {
        var s = TvOrder.Through(ScenarioStage.Recorded);
        Assert.Equal("SO-2026-000123", s.Current.Registration!.OrderNumber);
        Assert.Equal(OrderStatus.Recorded, s.Current.Status);
    }

    [Fact]
    public void RecordOrder_NonPositiveSequence_IsRejected_R2()
    {
        var s = TvOrder.Through(ScenarioStage.Received);
        s.Refuse(new RecordOrder(0), Actors.Clerk).Has(ViolationCodes.InvalidInput, "R2");
    }

    [Fact]
    public void RecordOrder_IncompleteOrder_IsRefusedUntilTheCustomerCompletesIt_R3()
    {
        var s = new Scenario();
        var unpriced = OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(2000), unitPrice: null);
        s.Do(TvOrder.Receive(unpriced) with { RequestedDeliveryDate = null }, Actors.Sales);
        var refusal = s.Refuse(new RecordOrder(1), Actors.Clerk).Has(ViolationCodes.Incomplete, "R3");
        Assert.Contains("unit price of line 10", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("requested delivery date", refusal.Message, StringComparison.Ordinal);

        s.Do(new ReturnForCompletion("price and date missing", ValueList<string>.Of("unit price", "delivery date")), Actors.Sales);
        Assert.Equal(OrderStatus.AwaitingCompletion, s.Current.Status);
        Assert.Equal(2, s.Current.CompletionRequest!.MissingItems.Count);
        s.Refuse(new RecordOrder(1), Actors.Clerk).Has(ViolationCodes.TransitionNotAllowed);

        s.Do(new CompleteOrderDetails(ValueList<OrderLine>.Of(TvOrder.TvLine()), TvOrder.DeliveryDate, "AQL 1.0"), Actors.Customer);
        Assert.Null(s.Current.CompletionRequest);
        s.Do(new RecordOrder(1), Actors.Clerk);
        Assert.Equal(OrderStatus.Recorded, s.Current.Status);
    }

    [Fact]
    public void ReturnForCompletion_WithoutReason_IsRejected_R3()
    {
        var s = TvOrder.Through(ScenarioStage.Received);
        s.Refuse(new ReturnForCompletion(" ", default), Actors.Sales).Has(ViolationCodes.InvalidInput, "R3");
    }

    [Fact]
    public void RecordOrder_ByTheCustomer_IsNotAuthorized_R2()
    {
        var s = TvOrder.Through(ScenarioStage.Received);
        s.Refuse(new RecordOrder(1), Actors.Customer).Has(ViolationCodes.RoleNotAllowed, "R2");
    }

    [Fact]
    public void Numbering_UsesTheConfiguredZoneForTheYear()
    {
        var policy = OrderKernel.Policies.NumberingPolicy.Create(new OrderKernel.Policies.NumberingPolicyOptions { TimeZoneId = "Asia/Shanghai", OrderPrefix = "PO", Digits = 4 });
        var newYearsEveUtc = Instant.FromUtc(2026, 12, 31, 17, 0); // already 1 January 2027 in Shanghai
        Assert.Equal("PO-2027-0042", policy.OrderNumber(42, newYearsEveUtc));
        Assert.Equal("Q-2027-0042-R2", policy.QuotationNumber(42, newYearsEveUtc, 2));
    }
}
