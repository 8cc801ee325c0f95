using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrderKernel.Sample;
using OrderKernel.Serialization;
using Xunit;

namespace OrderKernel.Tests.Serialization;

/// <summary>
/// <see cref="OrderKernelJson.DiscriminatorOf(CommandKind)"/> and its overloads (issue 23: a host names commands and
/// events without assuming kebab-case and <c>.v1</c>), and the path of an unknown discriminator (<c>$.type</c>).
/// </summary>
public class DiscriminatorTests
{
    /// <summary>The (type, discriminator) pairs as the attributes on <paramref name="baseType"/> declare them.</summary>
    private static List<(Type Type, string Discriminator)> Declared(Type baseType) =>
        [.. baseType.GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => (a.DerivedType, (string)a.TypeDiscriminator!))];

    [Fact]
    public void DiscriminatorOf_EveryCommandKind_IsTheDiscriminatorDeclaredForTheCommandOfThatKind()
    {
        var declared = Declared(typeof(OrderCommand));
        var byKind = declared.ToDictionary(d => ((OrderCommand)RuntimeHelpers.GetUninitializedObject(d.Type)).Kind, d => d.Discriminator);

        Assert.Equal(Enum.GetValues<CommandKind>().Order(), byKind.Keys.Order());
        Assert.All(Enum.GetValues<CommandKind>(), k => Assert.Equal(byKind[k], OrderKernelJson.DiscriminatorOf(k)));
        Assert.All(declared, d => Assert.Equal(d.Discriminator, OrderKernelJson.DiscriminatorOf(d.Type)));
        Assert.Equal("ship.v1", OrderKernelJson.DiscriminatorOf(CommandKind.Ship));
        Assert.Equal("release-for-shipment.v1", OrderKernelJson.DiscriminatorOf(CommandKind.ReleaseForShipment));
    }

    [Fact]
    public void DiscriminatorOf_EveryCommandKind_IsReadBackAsThatKind()
    {
        foreach (var kind in Enum.GetValues<CommandKind>())
        {
            var read = OrderKernelJson.ReadCommand($$"""{"type":"{{OrderKernelJson.DiscriminatorOf(kind)}}"}""");
            Assert.False(read.IsT1 && read.AsT1.Kind == JsonErrorKind.UnknownDiscriminator, $"{kind}: {read}");
        }
    }

    [Fact]
    public void DiscriminatorOf_EveryEventType_IsTheDeclaredDiscriminator_AndWhatTheWriterWrites()
    {
        var declared = Declared(typeof(OrderEvent));
        Assert.NotEmpty(declared);
        Assert.All(declared, d => Assert.Equal(d.Discriminator, OrderKernelJson.DiscriminatorOf(d.Type)));

        foreach (var e in TvExportScenario.Run().Events)
        {
            Assert.Equal(JsonNode.Parse(OrderKernelJson.Write(e))!["type"]!.GetValue<string>(), OrderKernelJson.DiscriminatorOf(e));
        }
    }

    [Fact]
    public void DiscriminatorOf_NotAKindOrType_IsAProgrammerError()
    {
        Assert.ThrowsAny<ArgumentException>(() => OrderKernelJson.DiscriminatorOf((CommandKind)9999));
        Assert.Contains("String", Assert.Throws<ArgumentException>(() => OrderKernelJson.DiscriminatorOf(typeof(string))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => OrderKernelJson.DiscriminatorOf(typeof(OrderEvent)));
        Assert.Throws<ArgumentNullException>(() => OrderKernelJson.DiscriminatorOf((Type)null!));
        Assert.Throws<ArgumentNullException>(() => OrderKernelJson.DiscriminatorOf((OrderEvent)null!));
    }

    [Theory]
    [InlineData("""{"type":"teleport-order.v1","sequence":1}""")]
    [InlineData("""{"sequence":1}""")]
    [InlineData("""{"type":7,"sequence":1}""")]
    public void ReadCommand_UnknownOrMissingDiscriminator_PathIsTheTypeMember(string json)
    {
        var error = OrderKernelJson.ReadCommand(json).AsT1;
        Assert.Equal((JsonErrorKind.UnknownDiscriminator, "$.type"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("""{"type":"order-teleported.v1","version":1}""")]
    [InlineData("""{"version":1}""")]
    public void ReadEvent_UnknownOrMissingDiscriminator_PathIsTheTypeMember(string json)
    {
        var error = OrderKernelJson.ReadEvent(json).AsT1;
        Assert.Equal((JsonErrorKind.UnknownDiscriminator, "$.type"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("""{"type":"order-teleported.v1","version":4}""")]
    [InlineData("""{"version":4}""")]
    public void ReadEvents_UnknownOrMissingDiscriminatorOfTheFourthEvent_PathIsItsTypeMember(string bad)
    {
        var events = TvExportScenario.Run().Events.Take(3).Select(OrderKernelJson.Write);
        var json = "[" + string.Join(",", events) + "," + bad + "]";

        var error = OrderKernelJson.ReadEvents(json).AsT1;

        Assert.Equal((JsonErrorKind.UnknownDiscriminator, "$[3].type"), (error.Kind, error.Path));
    }

    [Fact]
    public void ReadEvents_UnknownDiscriminatorAfterUpcasting_PathIsItsTypeMember()
    {
        var json = "[" + OrderKernelJson.Write(TvExportScenario.Run().Events[0]) + """,{"type":"order-teleported.v0"}]""";

        var error = OrderKernelJson.ReadEvents(json, node => node).AsT1;

        Assert.Equal((JsonErrorKind.UnknownDiscriminator, "$[1].type"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("Deserialization of interface or abstract types is not supported. Type 'OrderKernel.OrderEvent'. Path: $[3] | LineNumber: 0 | BytePositionInLine: 9.", "$[3]")]
    [InlineData("Something. Path: $[2]", "$[2]")]
    [InlineData("No path named.", "$")]
    public void PathIn_RuntimeMessage_ThePathItNames(string message, string path) => Assert.Equal(path, JsonErrors.PathIn(message));

    [Theory]
    [InlineData("$", "$.type")]
    [InlineData("$[3]", "$[3].type")]
    [InlineData("$.type", "$.type")]
    public void DiscriminatorPath_OfAnObject_IsItsTypeMember(string path, string expected) => Assert.Equal(expected, JsonErrors.DiscriminatorPath(path));
}
