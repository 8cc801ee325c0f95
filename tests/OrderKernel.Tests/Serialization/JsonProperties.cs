using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Serialization;
using OrderKernel.Tests.Properties;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Serialization;

public class JsonProperties
{
    private static readonly string[] Seeds = [.. Examples.Commands.Select(OrderKernelJson.Write), BadInputCases.Valid("receive")];

    /// <summary>Mutations of valid payloads: bytes flipped, members dropped, duplicated or retyped, text cut.</summary>
    private static Arbitrary<string> MutatedJson() =>
        (from seed in Gen.Elements(Seeds)
         from kind in Gen.Choose(0, 6)
         from a in Gen.Choose(0, 10_000)
         from b in Gen.Choose(0, 255)
         select Mutate(seed, kind, a, b)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property ReadCommand_MutatedJson_ReturnsAValueOrATypedErrorAndNeverThrows() =>
        Prop.ForAll(MutatedJson(), json =>
        {
            var result = OrderKernelJson.ReadCommand(json);
            return result.Match(command => command is not null, error => !string.IsNullOrEmpty(error.Message) && error.Path.StartsWith('$'));
        });

    [Property(MaxTest = 300)]
    public Property ReadCommand_RandomText_ReturnsATypedError() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            text is null || OrderKernelJson.ReadCommand(text).Match(_ => true, e => e.Message.Length > 0));

    [Property(MaxTest = 150)]
    public Property Snapshot_RoundTripIsTheIdentity_ForAnyReachedState() =>
        Prop.ForAll(LifecycleProperties.Sequences(), steps =>
        {
            var s = LifecycleProperties.Run(steps).Last().Scenario;
            if (s.State is null)
            {
                return;
            }

            var back = OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(s.State));
            Assert.Equal(s.State, back.AsT0);
            var events = OrderKernelJson.ReadEvents(OrderKernelJson.WriteEvents(s.Events));
            Assert.Equal(s.Events, events.AsT0);
        });

    [Fact]
    public void ReadEvent_Upcast_UpgradesAnOldPayloadBeforeTypedReading()
    {
        // A hypothetical v0 payload named the order number "number"; the host's upcaster renames it.
        const string old = """{"type":"order-recorded.v0","number":"SO-2026-000123","sequence":123,"at":"2026-03-02T01:40:00Z","by":"u-clerk","idempotencyKey":null}""";
        Assert.Equal(JsonErrorKind.UnknownDiscriminator, OrderKernelJson.ReadEvent(old).AsT1.Kind);
        var read = OrderKernelJson.ReadEvent(old, node =>
        {
            var o = node.AsObject();
            if ((string?)o["type"] == "order-recorded.v0")
            {
                o["type"] = "order-recorded.v1";
                o["orderNumber"] = o["number"]!.DeepClone();
                o.Remove("number");
            }

            return o;
        });
        Assert.Equal("SO-2026-000123", Assert.IsType<OrderRecorded>(read.AsT0).OrderNumber);
    }

    [Fact]
    public void ReadSnapshot_OtherSchemaVersion_IsRefused()
    {
        var json = OrderKernelJson.WriteSnapshot(TvOrder.Through(ScenarioStage.Recorded).Current).Replace("\"schemaVersion\":1", "\"schemaVersion\":2", StringComparison.Ordinal);
        Assert.Equal(JsonErrorKind.UnsupportedSchemaVersion, OrderKernelJson.ReadSnapshot(json).AsT1.Kind);
    }

    [Fact]
    public void Discriminator_MayComeAfterOtherMembers()
    {
        const string json = """{"sequence":7,"type":"record-order.v1"}""";
        Assert.Equal(7, Assert.IsType<RecordOrder>(OrderKernelJson.ReadCommand(json).AsT0).Sequence);
    }

    [Fact]
    public void Money_IsWrittenAsAStringWithTheCurrencyScale()
    {
        var json = OrderKernelJson.Write(TvOrder.Pay(51_000m, "TT-1", Scenario.Start));
        Assert.Contains("\"amount\":{\"amount\":\"51000.00\",\"currency\":\"USD\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"receivedAt\":\"2026-03-02T01:00:00Z\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"kind\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigureForOrderKernel_LetsAHostSerializeKernelTypesInItsOwnOptions()
    {
        var options = new JsonSerializerOptions().ConfigureForOrderKernel();
        var order = TvOrder.Through(ScenarioStage.Contracted).Current;
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Order>)options.GetTypeInfo(typeof(Order));
        var json = JsonSerializer.Serialize(order, info);
        Assert.Equal(order, JsonSerializer.Deserialize(json, info));
        var command = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<OrderCommand>)options.GetTypeInfo(typeof(OrderCommand));
        Assert.DoesNotContain("\"kind\"", JsonSerializer.Serialize<OrderCommand>(new RecordOrder(5), command), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigureForOrderKernel_AppliesTheKernelsStrictness_AndKeepsAHostsNamingPolicy()
    {
        var options = new JsonSerializerOptions().ConfigureForOrderKernel();
        Assert.Equal(
            (System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow, false, true, true, true, JsonNamingPolicy.CamelCase),
            (options.UnmappedMemberHandling, options.AllowDuplicateProperties, options.RespectNullableAnnotations, options.RespectRequiredConstructorParameters, options.AllowOutOfOrderMetadataProperties, options.PropertyNamingPolicy));
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<OrderCommand>)options.GetTypeInfo(typeof(OrderCommand));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"type":"record-order.v1","sequence":1,"sequence":2}""", info));
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize("""{"type":"confirm-payment.v1","amount":{"amount":"1.00","currency":"USD","amount":"2.00"},"remitter":"A","instrument":"TelegraphicTransfer","reference":"R","receivedAt":"2026-03-02T01:00:30Z"}""", info));

        var snake = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }.ConfigureForOrderKernel();
        Assert.Same(JsonNamingPolicy.SnakeCaseLower, snake.PropertyNamingPolicy);
        Assert.Throws<ArgumentNullException>(() => ((JsonSerializerOptions)null!).ConfigureForOrderKernel());
        Assert.Throws<ArgumentNullException>(() => OrderKernelJson.WriteEvents(null!));
    }

    [Fact]
    public void Options_AreReadOnly() => Assert.True(OrderKernelJson.Options.IsReadOnly);

    private static string Mutate(string seed, int kind, int a, int b)
    {
        switch (kind)
        {
            case 0:
                var bytes = Encoding.UTF8.GetBytes(seed);
                bytes[a % bytes.Length] ^= (byte)(b == 0 ? 1 : b);
                return Encoding.UTF8.GetString(bytes);
            case 1:
                return seed[..(a % seed.Length)];
            default:
                var node = JsonNode.Parse(seed)!.AsObject();
                var names = node.Select(p => p.Key).ToArray();
                var name = names[a % names.Length];
                switch (kind)
                {
                    case 2:
                        node.Remove(name);
                        break;
                    case 3:
                        node[name] = b % 2 == 0 ? JsonValue.Create(b) : null;
                        break;
                    case 4:
                        node[name] = JsonValue.Create("x" + b);
                        break;
                    case 5:
                        return node.ToJsonString().Insert(1, $"\"{name}\":{node[name]?.ToJsonString() ?? "null"},");
                    default:
                        node[name] = new JsonArray(JsonValue.Create(b));
                        break;
                }

                return node.ToJsonString();
        }
    }
}
