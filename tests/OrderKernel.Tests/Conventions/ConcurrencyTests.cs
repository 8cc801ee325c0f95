using System.Collections.Concurrent;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Conventions;

public class ConcurrencyTests
{
    [Fact]
    public void Decide_FromManyThreadsAtOnce_GivesIdenticalResults()
    {
        var s = TvOrder.Through(Stage.BalancePaid);
        var state = s.Current;
        var context = DecisionContext.Create(s.Now, Actors.VicePresident);
        var results = new ConcurrentBag<Accepted>();
        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
            results.Add(OrderDecider.Decide(state, new ReleaseForShipment(), context).AsT0));
        var first = results.First();
        Assert.All(results, r =>
        {
            Assert.Equal(first.State, r.State);
            Assert.Equal(first.Events, r.Events);
        });
        Assert.Equal(OrderStatus.Inspected, state.Status); // the input state is never changed
    }

    [Fact]
    public void TwoDecisionsOnTheSameVersion_AreDetectableAsAConflictByTheHost()
    {
        var s = TvOrder.Through(Stage.Inspected);
        var loaded = s.Current;
        var store = new InMemoryStream(s.Events);
        var pay = OrderDecider.Decide(loaded, TvOrder.Pay(119_000m, "TT-A", s.Now), DecisionContext.Create(s.Now, Actors.Finance)).AsT0;
        var hold = OrderDecider.Decide(loaded, new OrderKernel.PlaceHold(OrderKernel.HoldCode.Credit, "check"), DecisionContext.Create(s.Now, Actors.FinanceManager)).AsT0;

        Assert.True(store.TryAppend(expectedVersion: loaded.Version, pay.Events));
        Assert.False(store.TryAppend(expectedVersion: loaded.Version, hold.Events)); // the second writer must reload and decide again
        Assert.Equal(pay.State, OrderDecider.Replay(store.Events));
    }

    private sealed class InMemoryStream(IEnumerable<OrderEvent> events)
    {
        private readonly List<OrderEvent> _events = [.. events];
        private readonly Lock _gate = new();

        public IReadOnlyList<OrderEvent> Events => _events;

        public bool TryAppend(long expectedVersion, IEnumerable<OrderEvent> events)
        {
            lock (_gate)
            {
                if (_events.Count != expectedVersion)
                {
                    return false;
                }

                _events.AddRange(events);
                return true;
            }
        }
    }
}
