using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using static OrderKernel.Testing.SeedOrder;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Orders;

/// <summary>The supported ranges and sizes (issue 20, classes 1, 6 and 7): refused at the door, the state unchanged.</summary>
public sealed class InputLimitTests
{
    [Fact]
    public void ADateBeyondTheSupportedRange_IsRefused_WhereverItAppears()
    {
        new Scenario().Refuse(Receive(delivery: new LocalDate(2200, 1, 1)), Actors.Sales).Has(ViolationCodes.DateOutOfRange, "kernel");
        Through(Stage.Reviewed).Refuse(new PrepareQuotation(12, Prices(), new LocalDate(9999, 12, 31)), Actors.Sales).Has(ViolationCodes.DateOutOfRange);
        Through(Stage.InProduction).Refuse(new RecordExcusableDelay(ExcusableCause.ForceMajeure, new LocalDate(2026, 4, 1), LocalDate.MaxIsoValue, "storm"), Actors.SalesManager)
            .Has(ViolationCodes.DateOutOfRange);
    }

    [Fact]
    public void TheLastSupportedDate_IsAccepted_AndTheOrderCarriesOn()
    {
        var s = new Scenario();
        s.Do(Receive(delivery: KernelLimits.MaxDate), Actors.Sales);
        s.Do(new RecordOrder(1), Actors.Clerk);
        Assert.NotEmpty(OrderDecider.PermittedCommands(s.Current, DecisionContext.Create(s.Now, Actors.Sales)));
        Assert.NotEmpty(OrderKernel.ServiceLevelMonitor.Deadlines(s.Current, s.Policies.ServiceLevels, s.Now));
    }

    [Fact]
    public void AmountsBeyondTheMaximum_AreRefused_AlsoAsQuantityTimesPrice()
    {
        var huge = OrderLine.Create(Line, ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(1), Money.Of(KernelLimits.MaxAmount + 1m, Currency.USD));
        new Scenario().Refuse(Receive(line: huge), Actors.Sales).Has(ViolationCodes.AmountOutOfRange, "kernel");
        var product = OrderLine.Create(Line, ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(KernelLimits.MaxQuantity), Money.Of(10_000_000m, Currency.USD));
        Assert.Contains("quantity times unit price", new Scenario().Refuse(Receive(line: product), Actors.Sales).Has(ViolationCodes.AmountOutOfRange).Message, StringComparison.Ordinal);
        Through(Stage.DepositPaid).Refuse(Pay(decimal.MaxValue, "TT-9", Scenario.Start), Actors.Finance).Has(ViolationCodes.AmountOutOfRange);
    }

    [Fact]
    public void QuantitiesBeyondTheMaximumOrWithMoreThanSixDecimals_AreRefused()
    {
        var many = OrderLine.Create(Line, ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(KernelLimits.MaxQuantity + 1m), UnitPrice);
        new Scenario().Refuse(Receive(line: many), Actors.Sales).Has(ViolationCodes.QuantityOutOfRange);
        var fine = OrderLine.Create(Line, ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(0.0000001m), UnitPrice);
        Assert.Contains("more than 6 decimal places", new Scenario().Refuse(Receive(line: fine), Actors.Sales).Has(ViolationCodes.QuantityOutOfRange).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextsLongerThanTheLimitOrNotValidUnicode_AreRefused_AndMessagesQuoteLittle()
    {
        var s = Through(Stage.Recorded);
        var longText = new string('x', 1_000_000);
        var refused = s.Refuse(new OrderKernel.PlaceHold(OrderKernel.HoldCode.Credit, longText), Actors.SalesManager).Has(ViolationCodes.TextTooLong, "kernel");
        Assert.True(refused.Message.Length < 200);
        s.Refuse(new OrderKernel.PlaceHold(OrderKernel.HoldCode.Credit, "credit \ud800"), Actors.SalesManager).Has(ViolationCodes.TextInvalid, "kernel");
    }

    [Fact]
    public void ListsBeyondTheirLimits_AreRefused_AndTheLargestAllowedOrderIsAccepted()
    {
        OrderLine LineNo(int i) => OrderLine.Create(LineId.From($"L{i}"), ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(1), UnitPrice);
        var largest = Receive() with { Lines = ValueList<OrderLine>.From(Enumerable.Range(0, KernelLimits.MaxLines).Select(LineNo)) };
        new Scenario().Do(largest, Actors.Sales);
        var tooMany = largest with { Lines = largest.Lines.Add(LineNo(KernelLimits.MaxLines)) };
        new Scenario().Refuse(tooMany, Actors.Sales).Has(ViolationCodes.TooManyItems, "kernel");
        var missing = Receive() with { Lines = ValueList<OrderLine>.Of(TvLine(), null!) };
        new Scenario().Refuse(missing, Actors.Sales).Has(ViolationCodes.MissingValue, "kernel");
    }

    [Fact]
    public void DefaultMoneyAndQuantity_AreRefusedAtTheDoor_NotThrownLater()
    {
        Through(Stage.DepositPaid).Refuse(new OrderKernel.ConfirmPayment(default, "ACME", OrderKernel.PaymentInstrument.TelegraphicTransfer, "TT-1", Scenario.Start), Actors.Finance)
            .Has(ViolationCodes.MissingValue, "kernel");
        Assert.Throws<ArgumentException>(() => OrderLine.Create(Line, ProductId.From("TV-55-UHD"), "55\" UHD", default, UnitPrice));
        Assert.Throws<ArgumentException>(() => OrderLine.Create(Line, ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(1), default(Money)));
    }

    [Fact]
    public void ADecisionBeforeTheOrdersLastEvent_OrOutsideTheSupportedInstants_IsRefused()
    {
        var s = Through(Stage.Recorded);
        var earlier = DecisionContext.Create(s.Current.UpdatedAt - Duration.FromSeconds(1), Actors.Sales);
        var before = OrderDecider.Decide(s.Current, new OrderKernel.SubmitForReview(), earlier);
        Assert.Equal(ViolationCodes.InstantBeforeLastEvent, Assert.Single(before.AsT1.Violations).Code);

        var endOfTime = DecisionContext.Create(Instant.FromUtc(9999, 12, 31, 23, 0), Actors.Sales);
        var late = OrderDecider.Decide(s.Current, new OrderKernel.SubmitForReview(), endOfTime);
        Assert.Equal(ViolationCodes.ContextInstantOutOfRange, Assert.Single(late.AsT1.Violations).Code);
        Assert.Equal(ViolationCodes.ContextInstantOutOfRange, Assert.Single(OrderDecider.Decide(null, Receive(), DecisionContext.Create(Instant.FromUtc(1899, 12, 31, 0, 0), Actors.Sales)).AsT1.Violations).Code);
    }

    [Fact]
    public void AHistoryListAtItsLimit_RefusesOneMoreEntry()
    {
        var s = Through(Stage.InProduction);
        for (var i = 0; i < KernelLimits.MaxHistoryEntries; i++)
        {
            s.Do(new ReportProgress(Percentage.Of(1), "tick"), Actors.Production, Duration.FromMinutes(1));
        }

        s.Refuse(new ReportProgress(Percentage.Of(1), "one more"), Actors.Production).Has(ViolationCodes.HistoryFull, "kernel");
        s.Do(new CompleteProduction(), Actors.Production); // the order carries on
    }
}
