using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Boundary;

/// <summary>
/// Every hostile-host probe (issue 20), by area. Each area is a partial of this class that returns its probes; a probe's
/// name is <c>area/what</c> and unique. Add a probe by yielding one more <see cref="Probe"/> from an area (build it with
/// <c>P</c>, <c>At</c> or <c>Chain</c>; its run calls one <see cref="Harness"/> entry point); a new area also needs a theory in HostileHostTests.
/// </summary>
internal static partial class ProbeCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, Probe>> ByName = new(() =>
    {
        var all = new Dictionary<string, Probe>(StringComparer.Ordinal);
        foreach (var p in JsonCommands().Concat(JsonEvents()).Concat(JsonStreams()).Concat(JsonSnapshots()).Concat(CSharpInputs())
                     .Concat(Authorization()).Concat(Idempotency()).Concat(Separation()).Concat(CorruptStreams()).Concat(Sizes()).Concat(BoundaryValues()))
        {
            all.Add(p.Name, p);
        }

        return all;
    });

    public static IReadOnlyDictionary<string, Probe> All => ByName.Value;

    public static TheoryData<string> Names(string area)
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys.Where(n => n.StartsWith(area + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    // ------------------------------------------------------------ shared builders

    private static Probe P(string name, int defectClass, Expect expect, Func<ProbeOutcome> run) => new(name, defectClass, expect, run);

    /// <summary>A C# command decided against a stage of the TV order (one hour after it) by an actor.</summary>
    private static Probe At(string name, int defectClass, Expect expect, ScenarioStage? stage, Actor actor, Func<Order?, Instant, OrderCommand> make, Instant? now = null) =>
        P(name, defectClass, expect, () =>
        {
            var state = stage is { } st ? Stages.State(st) : null;
            var at = now ?? (stage is { } s2 ? Stages.Next(s2) : Scenario.Start);
            return Harness.Decide(state, () => make(state, at), actor, at);
        });

    /// <summary>The first seed actor the default policy authorizes for the kind.</summary>
    private static Actor Own(CommandKind kind) => Actors.All.FirstOrDefault(a => OrderPolicies.Default.Authorization.Authorize(a, kind) is null)!;
}
