using NodaTime;
using OrderKernel.Tests.Support;
using static OrderKernel.Testing.SeedOrder;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Boundary;

/// <summary>Corrupt event streams: dropped, swapped, duplicated events, events of another order, events with no actor.</summary>
internal static partial class ProbeCatalog
{
    private static readonly OrderId OtherId = OrderId.From("ord-2026-0002");

    /// <summary>Another order's stream: the same path a day later, under another id (every event stamped with it, as Decide does).</summary>
    private static readonly Lazy<OrderEvent[]> Foreign = new(() =>
    {
        var s = Through(Stage.Closed, new Scenario { Now = Scenario.Start + Duration.FromDays(1) });
        return s.Events.Select(e => e with { OrderId = OtherId }).ToArray();
    });

    private static OrderEvent[] Own() => Stages.At(Stage.Closed).Events.ToArray();

    private static string Label(int i, OrderEvent e) => $"{i:00}-{Kebab(e.GetType().Name)}";

    private static IEnumerable<Probe> CorruptStreams()
    {
        var own = Own();
        var n = own.Length;
        yield return P("stream/closed-order-intact", 5, Expect.Survival, () => Harness.Replay(Own()));
        for (var i = 0; i < n; i++)
        {
            var index = i;
            var label = Label(i, own[i]);

            // Dropping the last event leaves a valid prefix; dropping any other leaves a gap the stream must detect.
            yield return P($"stream/dropped/{label}", 5, i == n - 1 ? Expect.Survival : Expect.Refusal, () => Harness.Replay(Own().Where((_, k) => k != index).ToArray()));
            yield return P($"stream/duplicated/{label}", 5, Expect.Refusal, () =>
            {
                var list = Own().ToList();
                list.Insert(index + 1, list[index]);
                return Harness.Replay(list);
            });
            if (i < n - 1)
            {
                yield return P($"stream/swapped/{label}-with-next", 5, Expect.Refusal, () =>
                {
                    var list = Own();
                    (list[index], list[index + 1]) = (list[index + 1], list[index]);
                    return Harness.Replay(list);
                });
            }

            yield return P($"stream/no-actor/{label}", 5, Expect.Refusal, () =>
            {
                var list = Own();
                list[index] = list[index] with { By = null! };
                return Harness.Replay(list);
            });
            yield return P($"stream/another-order's-event-instead-of/{label}", 5, Expect.Refusal, () =>
            {
                var list = Own();
                list[index] = Foreign.Value[index];
                return Harness.Replay(list);
            });
        }

        // Whole-stream corruption.
        yield return P("stream/reversed", 5, Expect.Refusal, () => Harness.Replay(Own().Reverse().ToArray()));
        yield return P("stream/two-orders-concatenated", 5, Expect.Refusal, () => Harness.Replay(Own().Concat(Foreign.Value).ToArray()));
        yield return P("stream/another-order's-tail-after-our-head", 5, Expect.Refusal, () => Harness.Replay(Own().Take(10).Concat(Foreign.Value.Skip(10)).ToArray()));
        yield return P("stream/events-stamped-in-reverse-time", 6, Expect.Refusal, () => Harness.Replay(Own().Select((e, i) => e with { At = Scenario.Start - Duration.FromHours(i) }).ToArray()));
        yield return P("stream/event-at-Instant.MaxValue", 1, Expect.Refusal, () => Harness.Replay(Own().Select((e, i) => i == 5 ? e with { At = Instant.MaxValue } : e).ToArray()));
        yield return P("stream/event-at-Instant.MinValue", 6, Expect.Refusal, () => Harness.Replay(Own().Select((e, i) => i == 5 ? e with { At = Instant.MinValue } : e).ToArray()));
        yield return P("stream/with-a-null-event", 5, Expect.Refusal, () => Harness.Replay(Own().Select((e, i) => i == 5 ? null! : e).ToArray()));

        // Each later event folded straight onto the received order (out of order): refused with an ArgumentException.
        foreach (var (name, e) in StageEvents())
        {
            if (e is OrderRecorded)
            {
                continue;
            }

            yield return P($"stream/evolve-out-of-order/{name}-onto-a-received-order", 5, Expect.Refusal, () => Harness.Evolve(Stages.State(Stage.Received), e));
        }
    }
}
