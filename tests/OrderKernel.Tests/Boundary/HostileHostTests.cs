using Xunit;

namespace OrderKernel.Tests.Boundary;

/// <summary>
/// The hostile-host suite (issue 20): every probe of <see cref="ProbeCatalog"/>, one xunit case per probe, each
/// judged by <see cref="Harness"/>: a typed refusal with the state unchanged, or an accepted value that survives every
/// later command kind, PermittedCommands, the statement, the service-level monitor and a JSON round trip.
/// </summary>
public class HostileHostTests
{
    public static TheoryData<string> JsonCommandProbes => ProbeCatalog.Names("json-command");

    public static TheoryData<string> JsonEventProbes => ProbeCatalog.Names("json-event");

    public static TheoryData<string> JsonStreamProbes => ProbeCatalog.Names("json-stream");

    public static TheoryData<string> JsonSnapshotProbes => ProbeCatalog.Names("json-snapshot");

    public static TheoryData<string> CSharpProbes => ProbeCatalog.Names("csharp");

    public static TheoryData<string> AuthorizationProbes => ProbeCatalog.Names("authorization");

    public static TheoryData<string> IdempotencyProbes => ProbeCatalog.Names("idempotency");

    public static TheoryData<string> SeparationProbes => ProbeCatalog.Names("separation");

    public static TheoryData<string> StreamProbes => ProbeCatalog.Names("stream");

    public static TheoryData<string> SizeProbes => ProbeCatalog.Names("sizes");

    public static TheoryData<string> BoundaryValueProbes => ProbeCatalog.Names("boundary");

    [Theory]
    [MemberData(nameof(JsonCommandProbes))]
    public void Probe_JsonCommand_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(JsonEventProbes))]
    public void Probe_JsonEvent_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(JsonStreamProbes))]
    public void Probe_JsonEventStream_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(JsonSnapshotProbes))]
    public void Probe_JsonSnapshot_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(CSharpProbes))]
    public void Probe_CSharpInput_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(AuthorizationProbes))]
    public void Probe_Authorization_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(IdempotencyProbes))]
    public void Probe_Idempotency_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(SeparationProbes))]
    public void Probe_SeparationOfDuties_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(StreamProbes))]
    public void Probe_CorruptStream_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(SizeProbes))]
    public void Probe_Size_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Theory]
    [MemberData(nameof(BoundaryValueProbes))]
    public void Probe_BoundaryValue_IsRefusedOrSurvives(string probe) => ProbeCatalog.All[probe].Check();

    [Fact]
    public void Catalog_HasAtLeast300UniquelyNamedProbes_InKnownAreas()
    {
        string[] areas = ["json-command", "json-event", "json-stream", "json-snapshot", "csharp", "authorization", "idempotency", "separation", "stream", "sizes", "boundary"];
        Assert.True(ProbeCatalog.All.Count >= 300, $"{ProbeCatalog.All.Count} probes");
        Assert.All(ProbeCatalog.All.Values, p => Assert.Contains(p.Name[..p.Name.IndexOf('/', StringComparison.Ordinal)], areas));
        Assert.All(ProbeCatalog.All.Values, p => Assert.InRange(p.DefectClass, 1, 10));
    }

    /// <summary>
    /// Writes the findings checklist (every failing probe by defect class, with the step and exception) to the file named
    /// by ORDERKERNEL_PROBE_REPORT; without it, does nothing more than run the catalog's own checks.
    /// </summary>
    [Fact]
    public void Report_WritesTheFindings_WhenAsked()
    {
        var path = Environment.GetEnvironmentVariable("ORDERKERNEL_PROBE_REPORT");
        if (string.IsNullOrEmpty(path))
        {
            Assert.NotEmpty(ProbeCatalog.All);
            return;
        }

        File.WriteAllText(path, ProbeReport.Markdown(ProbeCatalog.All.Values));
    }
}
