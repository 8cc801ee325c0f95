using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Sample;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Serialization;

/// <summary>Strict text and reader limits (issue 20, classes 4 and 7) beyond the command table of <see cref="BadInputCases"/>.</summary>
public class StrictInputTests
{
    private static readonly Lazy<string> Snapshot = new(() => OrderKernelJson.WriteSnapshot(TvExportScenario.Run().State!));

    [Theory]
    [InlineData("\"Closed\"", "\"7\"")]
    [InlineData("\"Closed\"", "\"3\"")]
    [InlineData("\"Closed\"", "\"closed\"")]
    [InlineData("\"Closed\"", "\" Closed\"")]
    [InlineData("\"Closed\"", "\"Closed, Cancelled\"")]
    [InlineData("\"Closed\"", "7")]
    public void ReadSnapshot_StatusNotSpelledExactly_IsRefused(string exact, string other)
    {
        var json = Snapshot.Value.Replace("\"status\":" + exact, "\"status\":" + other, StringComparison.Ordinal);
        Assert.NotEqual(Snapshot.Value, json);
        var error = OrderKernelJson.ReadSnapshot(json).AsT1;
        Assert.Equal((JsonErrorKind.WrongType, "$.order.status"), (error.Kind, error.Path));
    }

    [Fact]
    public void ReadSnapshot_ExactText_IsRead() => Assert.True(OrderKernelJson.ReadSnapshot(Snapshot.Value).IsT0);

    [Fact]
    public void ReadSnapshot_LoneSurrogateInAText_IsRefused()
    {
        var json = Snapshot.Value.Replace("ID-REF-0001", "ID-REF-\\ud800", StringComparison.Ordinal);
        var error = OrderKernelJson.ReadSnapshot(json).AsT1;
        Assert.Equal(JsonErrorKind.InvalidValue, error.Kind);
        Assert.StartsWith("$.order.shipments[0]", error.Path, StringComparison.Ordinal);
        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEvents_NullItem_IsRefusedWithItsIndex()
    {
        var events = OrderKernelJson.WriteEvents(TvExportScenario.Run().Events.Take(2));
        var error = OrderKernelJson.ReadEvents(events[..^1] + ",null]").AsT1;
        Assert.Equal((JsonErrorKind.MissingValue, "$[2]"), (error.Kind, error.Path));
        Assert.Equal((JsonErrorKind.MissingValue, "$[0]"), (OrderKernelJson.ReadEvents("[null]").AsT1.Kind, OrderKernelJson.ReadEvents("[null]").AsT1.Path));
    }

    [Fact]
    public void ReadEvents_LargerThanTheDefaultLimit_IsRefusedBeforeParsing_AndReadWithAHigherLimit()
    {
        var events = TvExportScenario.Run().Events;
        var many = Enumerable.Repeat(events, (OrderKernelJson.MaxDocumentLength / OrderKernelJson.WriteEvents(events).Length) + 1).SelectMany(e => e).ToArray();
        var json = OrderKernelJson.WriteEvents(many);
        Assert.True(json.Length > OrderKernelJson.MaxDocumentLength);

        var error = OrderKernelJson.ReadEvents(json).AsT1;
        Assert.Equal((JsonErrorKind.TooLarge, "$"), (error.Kind, error.Path));
        Assert.Contains($"at most {OrderKernelJson.MaxDocumentLength}", error.Message, StringComparison.Ordinal);
        Assert.Equal(many.Length, OrderKernelJson.ReadEvents(json, maxLength: 2 * OrderKernelJson.MaxDocumentLength).AsT0.Count);
    }

    [Fact]
    public void ReadSnapshot_LongerThanAHostsLimit_IsRefused_AndTheSnapshotFitsTheDefault()
    {
        Assert.True(Snapshot.Value.Length < OrderKernelJson.MaxDocumentLength / 10);
        Assert.Equal(JsonErrorKind.TooLarge, OrderKernelJson.ReadSnapshot(Snapshot.Value, maxLength: 1000).AsT1.Kind);
        Assert.Equal(JsonErrorKind.TooLarge, OrderKernelJson.ReadEvent(OrderKernelJson.Write(TvExportScenario.Run().Events[0]), maxLength: 10).AsT1.Kind);
    }

    [Fact]
    public void ReadCommand_ExactlyAtTheLimit_IsParsed_AndOneCharacterMoreIsRefused()
    {
        var pay = BadInputCases.Valid("pay");
        var padding = OrderKernelJson.MaxCommandLength - pay.Length;
        var atLimit = pay.Replace("\"TT-1\"", "\"TT-1" + new string('0', padding) + "\"", StringComparison.Ordinal);
        Assert.Equal(OrderKernelJson.MaxCommandLength, atLimit.Length);
        Assert.True(OrderKernelJson.ReadCommand(atLimit).IsT0);
        Assert.Equal(JsonErrorKind.TooLarge, OrderKernelJson.ReadCommand(atLimit + " ").AsT1.Kind);
    }

    [Fact]
    public void Readers_DepthBeyondTheMaximum_IsRefused_AlsoThroughAnUpcast()
    {
        string Nested(int depth) => """{"type":"record-order.v1","sequence":""" + new string('[', depth) + new string(']', depth) + "}";
        var deep = Nested(OrderKernelJson.MaxDepth + 1);
        Assert.Equal(JsonErrorKind.TooLarge, OrderKernelJson.ReadCommand(deep).AsT1.Kind);
        Assert.Equal(JsonErrorKind.TooLarge, OrderKernelJson.ReadEvent(deep, node => node).AsT1.Kind);
        Assert.Equal(JsonErrorKind.TooLarge, OrderKernelJson.ReadSnapshot("{\"schemaVersion\":1,\"order\":" + new string('[', 1000) + new string(']', 1000) + "}").AsT1.Kind);

        // Within the depth, the same nesting is only a wrong type.
        Assert.Equal(JsonErrorKind.WrongType, OrderKernelJson.ReadCommand(Nested(OrderKernelJson.MaxDepth - 2)).AsT1.Kind);
        Assert.Equal($"The document nests deeper than {OrderKernelJson.MaxDepth} levels.", OrderKernelJson.ReadCommand(deep).AsT1.Message);
    }

    [Fact]
    public void Upcast_ThatNestsTooDeep_IsRefused()
    {
        JsonNode deep = new JsonArray();
        for (var i = 0; i < OrderKernelJson.MaxDepth + 5; i++)
        {
            deep = new JsonArray(deep);
        }

        var read = OrderKernelJson.ReadCommand("""{"type":"record-order.v1","sequence":1}""", _ => new JsonObject { ["deep"] = deep, ["type"] = "record-order.v1", ["sequence"] = 1 });
        Assert.True(read.IsT1);
    }

    [Fact]
    public void Readers_MaxLengthNotPositive_IsAProgrammerError()
    {
        Assert.ThrowsAny<ArgumentException>(() => OrderKernelJson.ReadCommand("{}", maxLength: 0));
        Assert.ThrowsAny<ArgumentException>(() => OrderKernelJson.ReadEvents("[]", maxLength: -1));
    }

    [Fact]
    public void ReadEvent_RawLoneSurrogate_IsRefusedBeforeAnUpcastSeesIt()
    {
        var json = OrderKernelJson.Write(TvExportScenario.Run().Events[0]).Replace("Pacific", "Pac\uD800ific", StringComparison.Ordinal);
        Assert.Contains("\uD800", json, StringComparison.Ordinal);
        var upcastCalled = false;
        var error = OrderKernelJson.ReadEvent(json, node =>
        {
            upcastCalled = true;
            return node;
        }).AsT1;
        Assert.False(upcastCalled);
        Assert.Equal((JsonErrorKind.InvalidValue, "$"), (error.Kind, error.Path));
        Assert.Contains($"at character {json.IndexOf('\uD800', StringComparison.Ordinal)}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3400.0000000000000000000000000001", JsonErrorKind.InvalidValue)]
    [InlineData("3.4e3", JsonErrorKind.InvalidValue)]
    [InlineData("\"3400.000\"", JsonErrorKind.WrongType)]
    public void DecimalNumbers_WithMoreDigitsThanADecimalHoldsOrNotPlain_AreRefused(string amount, JsonErrorKind kind)
    {
        var json = OrderKernelJson.Write(Examples.Events.Single(e => e is OrderKernel.DelayPenaltyAssessed));
        Assert.Contains("\"amount\":3400.000", json, StringComparison.Ordinal);
        var error = OrderKernelJson.ReadEvent(json.Replace("\"amount\":3400.000", "\"amount\":" + amount, StringComparison.Ordinal)).AsT1;
        Assert.Equal(kind, error.Kind);
        Assert.EndsWith(".amount", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalNumbers_KeepTheirScaleOnARoundTrip()
    {
        var info = (JsonTypeInfo<OrderKernel.Policies.ApprovalPolicyOptions>)OrderKernelJson.Options.GetTypeInfo(typeof(OrderKernel.Policies.ApprovalPolicyOptions));
        var options = new OrderKernel.Policies.ApprovalPolicyOptions { Limits = ValueList<OrderKernel.Policies.ApprovalLimit>.Of(new OrderKernel.Policies.ApprovalLimit(Currency.USD, 100_000.50m, 79228162514264337593543950335m)) };
        var json = JsonSerializer.Serialize(options, info);
        Assert.Contains("100000.50", json, StringComparison.Ordinal);
        Assert.Equal(options, JsonSerializer.Deserialize(json, info));
    }

    [Fact]
    public void EnumDictionaryKeys_MustBeSpelledExactly()
    {
        var info = (JsonTypeInfo<AuthorizationPolicyOptions>)OrderKernelJson.Options.GetTypeInfo(typeof(AuthorizationPolicyOptions));
        var options = new AuthorizationPolicyOptions { AllowedRoles = System.Collections.Immutable.ImmutableDictionary<CommandKind, ValueList<Role>>.Empty.Add(CommandKind.ConfirmPayment, ValueList<Role>.Of(Role.Finance)) };
        var json = JsonSerializer.Serialize(options, info);
        Assert.NotNull(JsonSerializer.Deserialize(json, info));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"ConfirmPayment\":", "\"confirmPayment\":", StringComparison.Ordinal), info));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"ConfirmPayment\":", "\"4\":", StringComparison.Ordinal), info));
    }

    [Fact]
    public void Write_UndefinedEnumValue_IsAProgrammerError()
    {
        var pay = new ConfirmPayment(Money.Of(1m, Currency.USD), "ACME", (PaymentInstrument)7, "TT-1", Instant.FromUtc(2026, 3, 2, 1, 0));
        Assert.Throws<JsonException>(() => OrderKernelJson.Write(pay));
        var roles = new AuthorizationPolicyOptions().AllowedRoles.Add((CommandKind)999, ValueList<Role>.Of(Role.Finance));
        var info = (JsonTypeInfo<AuthorizationPolicyOptions>)OrderKernelJson.Options.GetTypeInfo(typeof(AuthorizationPolicyOptions));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new AuthorizationPolicyOptions { AllowedRoles = roles }, info));
    }

    [Fact]
    public void Text_WhereAStringIsExpected_MustBeAString()
    {
        var error = OrderKernelJson.ReadCommand(BadInputCases.Valid("pay").Replace("\"remitter\":\"ACME\"", "\"remitter\":5", StringComparison.Ordinal)).AsT1;
        Assert.Equal((JsonErrorKind.WrongType, "$.remitter", "Expected a string, found Number."), (error.Kind, error.Path, error.Message));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("10.50")]
    [InlineData("-7.25")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("1.0000000000000000000000000001")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("7.9228162514264337593543950335")]
    public void Decimals_ExactPlainText_IsRead(string text) =>
        Assert.Equal(text.TrimStart('-'), decimal.Abs(Decimals.Parse(text)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("00")]
    [InlineData("01.5")]
    [InlineData("-01")]
    [InlineData("+1")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("-.1")]
    [InlineData("1e2")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("١")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("0.00000000000000000000000000000")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("12345678901234567890123456789.5")]
    [InlineData("0.12345678901234567890123456789012")]
    public void Decimals_OtherText_IsRefused_NeverRounded(string text) => Assert.Throws<FormatException>(() => Decimals.Parse(text));

    /// <summary>Lone surrogates cannot travel in attribute strings: <c>H</c> stands for a high half (U+D83D), <c>L</c> for a low half (U+DE00).</summary>
    [Theory]
    [InlineData("", -1)]
    [InlineData("plain", -1)]
    [InlineData("HL", -1)]
    [InlineData("aHLbHL", -1)]
    [InlineData("H", 0)]
    [InlineData("aL", 1)]
    [InlineData("HLH", 2)]
    [InlineData("Ha", 0)]
    [InlineData("LH", 0)]
    [InlineData("HH", 0)]
    public void LoneSurrogate_FindsTheFirstUnpairedHalf(string text, int index) =>
        Assert.Equal(index, JsonText.LoneSurrogate(text.Replace('H', '\uD83D').Replace('L', '\uDE00')));

    [Fact]
    public void ErrorMessages_QuoteAShortPrefix_ForEveryConverter()
    {
        var longText = new string('q', 200);
        Assert.Equal(new string('q', 40) + "…", JsonErrors.Quote(longText));
        Assert.Equal("short", JsonErrors.Quote("short"));
        Assert.Equal(new string('q', 39) + "…", JsonErrors.Quote(new string('q', 39) + "\uD83D\uDE00" + longText));
        var error = JsonErrors.Error(JsonErrorKind.InvalidValue, "$." + longText + ".x", "The value '" + longText + "' is bad; " + new string('z', 500));
        Assert.Equal("$." + new string('q', 40) + "….x", error.Path);
        Assert.StartsWith("The value '" + new string('q', 40) + "…' is bad; zzz", error.Message, StringComparison.Ordinal);
        Assert.Equal(JsonErrors.MaxMessageLength + 1, error.Message.Length);
    }

    /// <summary>Every enum, decimal, text and list the metadata reaches is read by the kernel's strict converter.</summary>
    [Fact]
    public void EveryReachableEnumDecimalTextAndList_UsesAStrictConverter()
    {
        var types = JsonMetadata.ReachableTypes();
        Assert.Contains(typeof(OrderKernel.PaymentInstrument), types);
        Assert.Contains(typeof(ValueList<OrderLine>), types);
        foreach (var type in types)
        {
            var converter = type.IsEnum || type == typeof(string) || type == typeof(decimal) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
                ? OrderKernelJson.Options.GetTypeInfo(type).Converter.GetType()
                : null;
            if (converter is null)
            {
                continue;
            }

            var expected = type.IsEnum ? typeof(StrictEnumConverter<>).MakeGenericType(type)
                : type == typeof(string) ? typeof(StrictStringConverter)
                : type == typeof(decimal) ? typeof(StrictDecimalNumberConverter)
                : typeof(ValueListJsonConverter<>).MakeGenericType(type.GetGenericArguments()[0]);
            Assert.True(expected == converter, $"{type} is read by {converter}, not {expected}");
        }
    }

    [Fact]
    public void StrictStringConverter_ReadsAndWritesPropertyNames_CheckingTheText()
    {
        var converter = new StrictStringConverter();
        var reader = new Utf8JsonReader("{\"k\\u00e9y\":1,\"\\ud800\":2}"u8);
        reader.Read();
        reader.Read();
        Assert.Equal("kéy", converter.ReadAsPropertyName(ref reader, typeof(string), OrderKernelJson.Options));
        reader.Read();
        reader.Read();
        try
        {
            converter.ReadAsPropertyName(ref reader, typeof(string), OrderKernelJson.Options);
            Assert.Fail("a lone surrogate in a property name was read");
        }
        catch (JsonException e)
        {
            Assert.Contains("lone surrogate", e.Message, StringComparison.Ordinal);
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            converter.WriteAsPropertyName(writer, "name", OrderKernelJson.Options);
            writer.WriteNumberValue(1);
            writer.WriteEndObject();
        }

        Assert.Equal("{\"name\":1}", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Upcast_OfANullPayload_IsAMissingValue() =>
        Assert.Equal(JsonErrorKind.MissingValue, OrderKernelJson.ReadCommand("null", node => node).AsT1.Kind);

    [Fact]
    public void ConfigureForOrderKernel_SetsTheMaximumDepth() => Assert.Equal(OrderKernelJson.MaxDepth, new JsonSerializerOptions().ConfigureForOrderKernel().MaxDepth);

    [Fact]
    public void Upcast_ReadsTheSameStrictText()
    {
        var json = BadInputCases.Valid("pay").Replace("\"TelegraphicTransfer\"", "\"telegraphicTransfer\"", StringComparison.Ordinal);
        Assert.Equal(JsonErrorKind.WrongType, OrderKernelJson.ReadCommand(json, node => node).AsT1.Kind);
        var fixedUp = OrderKernelJson.ReadCommand(json, node =>
        {
            node["instrument"] = "TelegraphicTransfer";
            return node;
        });
        Assert.IsType<ConfirmPayment>(fixedUp.AsT0);
        _ = JsonNode.Parse(json);
    }
}
