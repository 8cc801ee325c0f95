using OrderKernel.Sample;
using OrderKernel.Serialization;
using Xunit;

namespace OrderKernel.Tests.Orders;

/// <summary>
/// The order is a value: copies compare equal, and a fold writes only into its own copy, including the fields kept in the
/// part that copies share until one of them writes it (terms, registration, money records, logs).
/// </summary>
public class OrderValueTests
{
    private static readonly Timeline Tv = TvExportScenario.Run();

    [Fact]
    public void Copy_WithExpression_EqualsTheOriginal_WithTheSameHash()
    {
        var order = Tv.State!;
        var copy = order with { };

        Assert.NotSame(order, copy);
        Assert.Equal(order, copy);
        Assert.Equal(order.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Zone_IsResolvedWhenTheIdIsSet_AndAnUnknownIdIsAProgrammerError()
    {
        var order = Tv.State!;
        var moved = order with { TimeZoneId = "Europe/Paris" };

        Assert.Equal(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Paris"], moved.Zone);
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 1), moved.DateAt(NodaTime.Instant.FromUtc(2026, 2, 28, 23, 30)));
        Assert.Equal(order, order with { TimeZoneId = order.TimeZoneId });

        // The door refuses such an order (OrderIntegrity); reached from inside the assembly, it fails loudly.
        var unknown = order with { TimeZoneId = "Mars/Olympus" };
        Assert.Throws<InvalidOperationException>(() => unknown.Zone);
    }

    [Fact]
    public void Evolve_OfAnEventWritingASharedField_LeavesTheGivenStateAsItWas()
    {
        // The last event closes the order: ClosedAt lives in the shared part, so Evolve must copy that part first.
        var before = OrderDecider.Replay(Tv.Events.Take(Tv.Events.Count - 1))!;
        var json = OrderKernelJson.WriteSnapshot(before);

        var after = OrderDecider.Evolve(before, Tv.Events[^1]);

        Assert.Null(before.ClosedAt);
        Assert.NotNull(after.ClosedAt);
        Assert.Equal(json, OrderKernelJson.WriteSnapshot(before));
        Assert.NotEqual(before, after);
        Assert.Equal(Tv.State, after);
    }

    [Fact]
    public void Orders_DifferingOnlyInASharedField_AreNotEqual()
    {
        var closed = Tv.State!;
        var json = OrderKernelJson.WriteSnapshot(closed).Replace(
            $"\"qualityRequirements\":\"{closed.QualityRequirements}\"", "\"qualityRequirements\":\"other\"", StringComparison.Ordinal);
        var other = OrderKernelJson.ReadSnapshot(json).AsT0;

        Assert.Equal("other", other.QualityRequirements);
        Assert.NotEqual(closed, other);
        Assert.Equal(closed, other with { QualityRequirements = closed.QualityRequirements });
    }

    [Fact]
    public void Replay_FoldsEveryEventIntoOneCopy_AndEqualsTheDecidedState()
    {
        var replayed = OrderDecider.Replay(Tv.Events)!;

        Assert.Equal(Tv.State, replayed);
        Assert.Equal(Tv.State!.GetHashCode(), replayed.GetHashCode());
        Assert.Equal(OrderKernelJson.WriteSnapshot(Tv.State), OrderKernelJson.WriteSnapshot(replayed));
    }

    /// <summary>The estimated amount sums the priced lines (R9) and is open while a line has no price.</summary>
    [Fact]
    public void EstimatedAmount_IsTheLinesSum_OrOpenWhileAPriceIs()
    {
        var open = OrderKernel.Testing.SeedOrder.Receive(OrderLine.Create(LineId.From("10"), ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(2000), null));
        var priced = OrderKernel.Testing.SeedOrder.Receive();
        var context = DecisionContext.Create(Tv.Events[0].At, OrderKernel.Testing.SeedActors.Sales);

        var withoutPrice = OrderDecider.Decide(null, open, context).AsT0.State;
        var withPrice = OrderDecider.Decide(null, priced, context).AsT0.State;

        Assert.Null(withoutPrice.EstimatedAmount(RoundingRule.Default));
        Assert.Equal(Money.Of(170_000.00m, Currency.USD), withPrice.EstimatedAmount(RoundingRule.Default));
    }
}
