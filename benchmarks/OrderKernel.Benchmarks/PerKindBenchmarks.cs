using BenchmarkDotNet.Attributes;

namespace OrderKernel.Benchmarks;

/// <summary>
/// <c>Decide</c> and <c>Evolve</c> for every command kind of the happy path, each from the state it is really decided on
/// (authorization, the table, holds, guards, the command's rules, the new state, the service-level breach check).
/// </summary>
[MemoryDiagnoser]
public class PerKindBenchmarks
{
    private Fixtures.Step _step = null!;

    /// <summary>The happy path's decisions, "NN Kind".</summary>
    public static IEnumerable<string> Steps => Fixtures.Steps().Select(s => s.Name);

    /// <summary>The decision measured.</summary>
    [ParamsSource(nameof(Steps))]
    public string Step { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _step = Fixtures.Steps().Single(s => s.Name == Step);

    /// <summary>The decision: the accepted events and the new state.</summary>
    [Benchmark]
    public bool Decide() => OrderDecider.Decide(_step.Before, _step.Command, _step.Context).IsT0;

    /// <summary>Folding the decision's events into the state it was decided on, one <c>Evolve</c> per event.</summary>
    [Benchmark]
    public long Evolve()
    {
        var state = _step.Before;
        foreach (var e in _step.Events)
        {
            state = OrderDecider.Evolve(state, e);
        }

        return state!.Version;
    }
}
