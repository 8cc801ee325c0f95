using NodaTime;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;
using static OrderKernel.Testing.SeedOrder;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Orders;

/// <summary>Self-checking event streams (issue 20, class 5): every event names its order and version.</summary>
public sealed class StreamIntegrityTests
{
    private static OrderEvent[] Stream() => Through(Stage.Closed).Events.ToArray();

    [Fact]
    public void DecidedEvents_CarryTheOrderAndConsecutiveVersions()
    {
        var events = Stream();
        Assert.All(events, e => Assert.Equal(Id, e.OrderId));
        Assert.Equal(Enumerable.Range(1, events.Length).Select(i => (long)i), events.Select(e => e.Version));
        Assert.Equal(Through(Stage.Closed).Current, OrderDecider.Replay(events));
    }

    [Fact]
    public void ADroppedEvent_IsNamed()
    {
        var events = Stream().Where((_, i) => i != 4).ToArray();
        var error = Assert.Throws<ArgumentException>(() => OrderDecider.Replay(events));
        Assert.Contains("Event 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("after a missing event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARepeatedOrSwappedEvent_IsNamed()
    {
        var events = Stream().ToList();
        events.Insert(3, events[2]);
        Assert.Contains("repeated or out of order", Assert.Throws<ArgumentException>(() => OrderDecider.Replay(events)).Message, StringComparison.Ordinal);
        var swapped = Stream();
        (swapped[6], swapped[7]) = (swapped[7], swapped[6]);
        Assert.Throws<ArgumentException>(() => OrderDecider.Replay(swapped));
    }

    [Fact]
    public void AnotherOrdersEvent_IsRefused()
    {
        var events = Stream();
        events[5] = events[5] with { OrderId = OrderId.From("ord-other") };
        Assert.Contains("belongs to order ord-other", Assert.Throws<ArgumentException>(() => OrderDecider.Replay(events)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingEvent_AnEventWithoutActor_OrOneEarlierThanTheLast_IsRefused()
    {
        var withNull = Stream();
        withNull[3] = null!;
        Assert.Contains("Event 4 of the stream is missing", Assert.Throws<ArgumentException>(() => OrderDecider.Replay(withNull)).Message, StringComparison.Ordinal);
        var noActor = Stream();
        noActor[3] = noActor[3] with { By = null! };
        Assert.Contains("names no actor", Assert.Throws<ArgumentException>(() => OrderDecider.Replay(noActor)).Message, StringComparison.Ordinal);
        var backwards = Stream();
        backwards[3] = backwards[3] with { At = backwards[2].At - Duration.FromHours(1) };
        Assert.Contains("before the order's previous event", Assert.Throws<ArgumentException>(() => OrderDecider.Replay(backwards)).Message, StringComparison.Ordinal);
        var keyWithoutFingerprint = Stream();
        keyWithoutFingerprint[3] = keyWithoutFingerprint[3] with { IdempotencyKey = "k" };
        Assert.Throws<ArgumentException>(() => OrderDecider.Replay(keyWithoutFingerprint));
    }

    [Fact]
    public void AStreamThatDoesNotStartWithItsReceipt_IsRefused()
    {
        var events = Stream();
        Assert.Contains("cannot start an order", Assert.Throws<ArgumentException>(() => OrderDecider.Replay(events.Skip(1))).Message, StringComparison.Ordinal);
        Assert.Contains("version 2", Assert.Throws<ArgumentException>(() => OrderDecider.Replay([events[0] with { Version = 2 }])).Message, StringComparison.Ordinal);
        Assert.Contains("names no order", Assert.Throws<ArgumentException>(() => OrderDecider.Replay([events[0] with { OrderId = null! }])).Message, StringComparison.Ordinal);
        Assert.Contains("already exists", Assert.Throws<ArgumentException>(() => OrderDecider.Replay([events[0], events[0] with { Version = 2 }])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AForgedEventThatCannotApply_IsAnArgumentError_AndTheStateIsUnchanged()
    {
        var s = Through(Stage.Recorded);
        var json = OrderKernelJson.WriteSnapshot(s.Current);

        // A shipment released on an order that was never contracted, inspected or paid.
        var forged = new OrderKernel.ShipmentReleased(Money.Of(0m, Currency.USD)) { OrderId = Id, Version = s.Current.Version + 1, At = s.Now, By = Actors.VicePresident.Id };
        var error = Assert.Throws<ArgumentException>(() => OrderDecider.Evolve(s.Current, forged));
        Assert.Contains($"Event {s.Current.Version + 1}", error.Message, StringComparison.Ordinal);
        Assert.Equal(json, OrderKernelJson.WriteSnapshot(s.Current));

        // A payment of a negative amount leaves an order the kernel could not hold.
        var negative = new OrderKernel.PaymentConfirmed(Money.Of(-5m, Currency.USD), "ACME", OrderKernel.PaymentInstrument.TelegraphicTransfer, "TT-X", s.Now)
        {
            OrderId = Id,
            Version = s.Current.Version + 1,
            At = s.Now,
            By = Actors.Finance.Id,
        };
        Assert.Contains("not positive", Assert.Throws<ArgumentException>(() => OrderDecider.Evolve(s.Current, negative)).Message, StringComparison.Ordinal);
    }
}
