using OrderKernel.Sample;
using OrderKernel.Tests.Lifecycle;
using OrderKernel.Tests.Support;
using Xunit;
using SampleScenario = OrderKernel.Sample.Scenario;

namespace OrderKernel.Tests.Sample;

/// <summary>The scenario files shipped in samples/OrderKernel.Sample/scenarios run exactly like the scenarios they were written from.</summary>
public class ScenarioFileTests
{
    private static string FilePath(string name) => Path.Combine(StateMachineTests.RepoRoot(), "samples", "OrderKernel.Sample", "scenarios", name);

    public static TheoryData<string> Files() => ["tv-export.json", "steel-coil.json"];

    private static SampleScenario Built(string name) => name == "tv-export.json" ? TvExportScenario.Build() : SteelCoilScenario.Build();

    [Theory]
    [MemberData(nameof(Files))]
    public void ScenarioFile_IsTheScenarioAsData(string name)
    {
        var json = Built(name).ToJson();
        if (Environment.GetEnvironmentVariable("ORDERKERNEL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(FilePath(name), json);
        }

        Assert.Equal(File.ReadAllText(FilePath(name)).ReplaceLineEndings("\n"), json);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ScenarioFile_RunsLikeTheBuiltInScenario(string name)
    {
        Assert.True(SampleScenario.TryRead(File.ReadAllText(FilePath(name)), out var scenario, out var error), error);
        Assert.Equal(Built(name).Run().ToString(), scenario!.Run().ToString());
    }

    [Fact]
    public void SteelCoil_ClosesSettledWithASupplementalOrderProposed_R18_R32_R44()
    {
        var t = SteelCoilScenario.Build().Run();
        Golden.AssertMatches("steel-coil-timeline.txt", t.ToString());
        Assert.Equal(OrderStatus.Closed, t.State!.Status);
        Assert.Single(t.State.SupplementalOrders);
        Assert.Equal(t.State, OrderDecider.Replay(t.Events));
    }

    [Theory]
    [InlineData("{", "not in the documented shape")]
    [InlineData("""{"actors":[],"steps":[{"at":"2026-03-02T09:00","actor":"nobody","command":{"type":"record-order.v1","sequence":1}}]}""", "unknown actor 'nobody'")]
    [InlineData("""{"actors":[{"id":"a","name":"A","roles":["sales-representative"]}],"steps":[{"at":"yesterday","actor":"a","command":{"type":"record-order.v1","sequence":1}}]}""", "step 1: 'at'")]
    [InlineData("""{"actors":[{"id":"a","name":"A","roles":["sales-representative"]}],"steps":[{"at":"2026-03-02T09:00","actor":"a","command":{"type":"record-order.v1","sequence":"one"}}]}""", "step 1: WrongType at $.sequence")]
    public void ScenarioFile_BadInput_NamesTheProblem(string json, string expected)
    {
        Assert.False(SampleScenario.TryRead(json, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
