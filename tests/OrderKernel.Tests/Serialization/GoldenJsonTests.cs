using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OrderKernel.Sample;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Serialization;

/// <summary>The JSON shape is a contract hosts store for years: every command, event and a full snapshot is compared with a golden file.</summary>
public class GoldenJsonTests
{
    public static TheoryData<string> CommandKinds() => [.. Examples.Commands.Select(Discriminator)];

    public static TheoryData<string> EventKinds() => [.. Examples.Events.Select(Discriminator)];

    [Theory]
    [MemberData(nameof(CommandKinds))]
    public void Command_MatchesItsGoldenFile(string discriminator)
    {
        var command = Examples.Commands.Single(c => Discriminator(c) == discriminator);
        var json = OrderKernelJson.Write(command);
        Golden.AssertMatches($"commands/{discriminator}.json", Indent(json));
        Assert.Equal(command, OrderKernelJson.ReadCommand(json).AsT0);
    }

    [Theory]
    [MemberData(nameof(EventKinds))]
    public void Event_MatchesItsGoldenFile(string discriminator)
    {
        var e = Examples.Events.Single(x => Discriminator(x) == discriminator);
        var json = OrderKernelJson.Write(e);
        Golden.AssertMatches($"events/{discriminator}.json", Indent(json));
        Assert.Equal(e, OrderKernelJson.ReadEvent(json).AsT0);
    }

    [Fact]
    public void Snapshot_OfTheSampleOrder_MatchesItsGoldenFile()
    {
        var order = TvExportScenario.Run().State!;
        var json = OrderKernelJson.WriteSnapshot(order);
        Golden.AssertMatches("snapshot.json", Indent(json));
        Assert.Equal(order, OrderKernelJson.ReadSnapshot(json).AsT0);
    }

    [Fact]
    public void Examples_CoverEveryCommandAndEventKind()
    {
        Assert.Equal(DerivedTypes(typeof(OrderCommand)).Order(), Examples.Commands.Select(c => c.GetType().Name).Order());
        Assert.Equal(DerivedTypes(typeof(OrderEvent)).Order(), Examples.Events.Select(e => e.GetType().Name).Order());
        Assert.Equal(Enum.GetValues<CommandKind>().Length, Examples.Commands.Select(c => c.Kind).Distinct().Count());
    }

    [Fact]
    public void Discriminators_AreVersionedAndUnique()
    {
        var all = typeof(OrderCommand).GetCustomAttributes<JsonDerivedTypeAttribute>().Concat(typeof(OrderEvent).GetCustomAttributes<JsonDerivedTypeAttribute>())
            .Select(a => (string)a.TypeDiscriminator!).ToArray();
        Assert.Equal(all.Length, all.Distinct().Count());
        Assert.All(all, d => Assert.Matches(@"^[a-z]+(-[a-z]+)*\.v\d+$", d));
    }

    internal static string Discriminator(object value) =>
        (string)value.GetType().BaseType!.GetCustomAttributes<JsonDerivedTypeAttribute>().Single(a => a.DerivedType == value.GetType()).TypeDiscriminator!;

    private static IEnumerable<string> DerivedTypes(Type baseType) =>
        typeof(Order).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(baseType) && !t.IsAbstract).Select(t => t.Name);

    internal static string Indent(string json)
    {
        using var doc = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            doc.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
