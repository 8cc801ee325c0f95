using BenchmarkDotNet.Attributes;
using NodaTime;

namespace OrderKernel.Benchmarks;

/// <summary>Decide, Evolve, PermittedCommands and replay on the TV export order.</summary>
[MemoryDiagnoser]
public class DecideBenchmarks
{
    private Order? _inspected;
    private Order? _paid;
    private Order? _final;
    private OrderEvent[] _events = [];
    private OrderEvent[] _thousand = [];
    private DecisionContext _vp = null!;
    private readonly ReleaseForShipment _release = new();

    [GlobalSetup]
    public void Setup()
    {
        var (states, events) = Fixtures.Run();
        _inspected = states[18];
        _paid = states[19];
        _final = states[^1];
        _events = events;
        _vp = DecisionContext.Create(Fixtures.Start + Duration.FromDays(90), Fixtures.VicePresident);
        // 1,000 events: the order's 29 events, then payments-free progress and hold reports to reach 1,000.
        var list = new List<OrderEvent>(events);
        // Each stamped as Decide stamps events: the order's id, the next version, no earlier than the last event.
        var id = events[0].OrderId;
        var at = events[^1].At;
        while (list.Count < 1000)
        {
            list.Add(new HoldPlaced(HoldCode.Custom, "audit") { OrderId = id, Version = list.Count + 1, At = at, By = Fixtures.Finance.Id });
            list.Add(new HoldReleased(HoldCode.Custom, "done") { OrderId = id, Version = list.Count + 1, At = at, By = Fixtures.Finance.Id });
        }

        _thousand = list.Take(1000).ToArray();
    }

    /// <summary>A guarded decision that is refused (balance unpaid): the common "can I ship?" question.</summary>
    [Benchmark]
    public bool Decide_ReleaseForShipment_Refused() => OrderDecider.Decide(_inspected, _release, _vp).IsT1;

    /// <summary>The same guarded decision, accepted.</summary>
    [Benchmark]
    public bool Decide_ReleaseForShipment_Accepted() => OrderDecider.Decide(_paid, _release, _vp).IsT0;

    /// <summary>What a UI asks to draw its buttons.</summary>
    [Benchmark]
    public int PermittedCommands() => OrderDecider.PermittedCommands(_inspected, _vp).Count;

    /// <summary>What a UI asks to enable its buttons: the permitted kinds, without explanations.</summary>
    [Benchmark]
    public int PermittedKinds() => OrderDecider.PermittedKinds(_inspected, _vp).Count;

    /// <summary>Replay the happy path's events.</summary>
    [Benchmark]
    public long Replay_HappyPath() => OrderDecider.Replay(_events)!.Version;

    /// <summary>Replay of 1,000 events.</summary>
    [Benchmark]
    public long Replay_1000Events() => OrderDecider.Replay(_thousand)!.Version;

    /// <summary>The whole happy path decided command by command.</summary>
    [Benchmark]
    public long HappyPath() => Fixtures.Run().States[^1]!.Version;

    /// <summary>A 30/70 split of the contract amount.</summary>
    [Benchmark]
    public int Allocate_Installments() => _final!.PaymentTerms.Split(_final.Contract!.Amount).Count;
}
