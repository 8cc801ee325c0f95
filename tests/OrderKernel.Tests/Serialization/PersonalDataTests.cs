using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Sample;
using OrderKernel.Serialization;
using OrderKernel.Tests.Lifecycle;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Serialization;

/// <summary>Personal data (R50): marked members, a redacting writer, and a golden sample free of real-looking identity numbers.</summary>
public class PersonalDataTests
{
    /// <summary>
    /// Every member marked <see cref="PersonalDataAttribute"/>, as the serializer's metadata sees it. A change here is a
    /// decision about personal data: review it (and docs/serialization.md, "Personal data (R50)").
    /// </summary>
    private static readonly string[] Marked =
    [
        "ConfirmDelivery.ReceivedBy",
        "ConfirmPayment.Remitter",
        "Delivery.ReceivedBy",
        "DeliveryConfirmed.ReceivedBy",
        "OrderShipped.CarrierIdentity",
        "Payment.Remitter",
        "PaymentConfirmed.Remitter",
        "Ship.CarrierIdentity",
        "Shipment.CarrierIdentity",
        "StatementLine.Description",
    ];

    /// <summary>Text members whose names sound personal but that were judged not to be, with the reason.</summary>
    private static readonly Dictionary<string, string> JudgedNotPersonal = new()
    {
        ["CustomerInfo.Name"] = "the customer is a company (a business customer's trading name), kept for every review and document",
        ["Installment.Name"] = "the name of a payment installment (deposit, balance)",
        ["GuardDescription.Name"] = "the name of a lifecycle guard",
    };

    private static readonly string[] PersonalSounding = ["Identity", "Remitter", "ReceivedBy", "Name", "Contact", "Phone", "Email", "Address", "Driver", "Person", "Passport", "Birth"];

    [Fact]
    public void MarkedMembers_AreExactlyTheReviewedList_R50()
    {
        var marked = ReachableProperties().Where(p => IsMarked(p.Property)).Select(p => $"{p.Type.Name}.{Member(p.Property).Name}").Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Marked, marked);
    }

    /// <summary>Every member marked in C# is seen marked by the serializer's metadata, so the redacting writer cannot miss one.</summary>
    [Fact]
    public void MarkedMembers_InCode_AreTheMembersTheMetadataSeesMarked_R50()
    {
        var inCode = typeof(Order).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.IsDefined(typeof(PersonalDataAttribute), inherit: false)).Select(p => $"{t.Name}.{p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(Marked, inCode);
        var names = ReachableProperties().Select(p => $"{p.Type.Name}.{p.Property.AttributeProvider switch { MemberInfo m => m.Name, _ => p.Property.Name }}").ToHashSet();
        Assert.All(JudgedNotPersonal.Keys, k => Assert.Contains(k, names));
    }

    [Fact]
    public void MarkedMembers_AreStrings_R50()
    {
        var marked = ReachableProperties().Where(p => IsMarked(p.Property)).ToArray();
        Assert.NotEmpty(marked);
        Assert.All(marked, p => Assert.Equal(typeof(string), p.Property.PropertyType));
    }

    /// <summary>A text member whose name sounds personal is either marked or judged not personal here: adding one without the mark fails.</summary>
    [Fact]
    public void PersonalSoundingTextMembers_AreMarkedOrJudged_R50()
    {
        var unjudged = ReachableProperties()
            .Where(p => p.Property.PropertyType == typeof(string) || p.Property.PropertyType.Name.EndsWith("Id", StringComparison.Ordinal))
            .Select(p => (Name: $"{p.Type.Name}.{(p.Property.AttributeProvider as MemberInfo)?.Name ?? p.Property.Name}", p.Property))
            .Where(p => PersonalSounding.Any(w => p.Name[(p.Name.IndexOf('.', StringComparison.Ordinal) + 1)..].Contains(w, StringComparison.Ordinal)))
            .Where(p => !IsMarked(p.Property) && !JudgedNotPersonal.ContainsKey(p.Name))
            .Select(p => p.Name)
            .Distinct()
            .ToArray();
        Assert.Empty(unjudged);
    }

    [Fact]
    public void RedactedEvents_HoldNoPersonalValue_AndStillRead_R50()
    {
        var events = TvExportScenario.Run().Events;
        var personal = PersonalValues(events);
        Assert.Contains("driver ID-REF-0001, truck HU-A12345", personal);
        Assert.Contains("Pacific Retail Ltd", personal);

        foreach (var e in events)
        {
            var plain = OrderKernelJson.Write(e);
            var redacted = RedactingJsonWriter.Default.Write(e);
            var members = PersonalMembers(redacted);
            Assert.All(members, v => Assert.Equal(RedactingJsonWriter.Placeholder, v));
            Assert.Equal(PersonalMembers(plain).Count, members.Count);
            Assert.All(PersonalMembers(plain), v => Assert.Contains(v, personal));

            var back = OrderKernelJson.ReadEvent(redacted);
            Assert.True(back.IsT0, back.IsT1 ? back.AsT1.ToString() : string.Empty);
            Assert.Equal(members.Count == 0, back.AsT0 == e);
        }

        var stream = RedactingJsonWriter.Default.WriteEvents(events);
        Assert.NotEmpty(PersonalMembers(stream));
        Assert.All(PersonalMembers(stream), v => Assert.Equal(RedactingJsonWriter.Placeholder, v));
        Assert.DoesNotContain("ID-REF-0001", stream, StringComparison.Ordinal);
        Assert.Equal(events.Count, OrderKernelJson.ReadEvents(stream).AsT0.Count);
    }

    [Fact]
    public void RedactedSnapshot_HoldsNoPersonalValue_AndStillReads_R50()
    {
        var order = TvExportScenario.Run().State!;
        var plain = OrderKernelJson.WriteSnapshot(order);
        var redacted = RedactingJsonWriter.Default.WriteSnapshot(order);

        Assert.Contains("ID-REF-0001", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("ID-REF-0001", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("\"remitter\":\"Pacific Retail Ltd\"", redacted, StringComparison.Ordinal);
        Assert.Contains("\"remitter\":\"Pacific Retail Ltd\"", plain, StringComparison.Ordinal);
        Assert.All(PersonalMembers(redacted), v => Assert.Equal(RedactingJsonWriter.Placeholder, v));

        var back = OrderKernelJson.ReadSnapshot(redacted).AsT0;
        Assert.All(back.Payments, p => Assert.Equal(RedactingJsonWriter.Placeholder, p.Remitter));
        Assert.Equal(RedactingJsonWriter.Placeholder, back.Delivery!.ReceivedBy);
        Assert.Equal(order.Payments.Select(p => p.Amount), back.Payments.Select(p => p.Amount));
    }

    /// <summary>Without a redactor nothing is lost: the unredacted output reads back as the very same values.</summary>
    [Fact]
    public void UnredactedOutput_RoundTripsToTheSameValues_R50()
    {
        var t = TvExportScenario.Run();
        foreach (var e in t.Events.Where(e => e is OrderShipped or DeliveryConfirmed or PaymentConfirmed))
        {
            Assert.Equal(e, OrderKernelJson.ReadEvent(OrderKernelJson.Write(e)).AsT0);
        }

        Assert.Equal(t.State, OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(t.State!)).AsT0);
        foreach (var c in Examples.Commands.Where(c => c is Ship or ConfirmDelivery or ConfirmPayment))
        {
            Assert.Equal(c, OrderKernelJson.ReadCommand(OrderKernelJson.Write(c)).AsT0);
        }
    }

    [Fact]
    public void CustomRedactor_GetsTheFieldItsNameAndValue_AndWritesItsText_R50()
    {
        var seen = new List<PersonalDataField>();
        var writer = new RedactingJsonWriter(field =>
        {
            seen.Add(field);
            return "tok-" + seen.Count;
        });
        var ship = new Ship("COSCO", "driver ID-REF-0009", "WB-1", ValueList<string>.Of("invoice"));

        var json = writer.Write(ship);

        var field = Assert.Single(seen);
        Assert.Equal((typeof(Ship), "CarrierIdentity", "carrierIdentity", "driver ID-REF-0009"), (field.DeclaringType, field.Member, field.JsonName, field.Value));
        Assert.Contains("\"carrierIdentity\":\"tok-1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"carrier\":\"COSCO\"", json, StringComparison.Ordinal);
        Assert.Equal(ship with { CarrierIdentity = "tok-1" }, OrderKernelJson.ReadCommand(json).AsT0);
    }

    [Fact]
    public void CustomRedactor_ReturningNull_WritesThePlaceholder_AndANullValueIsNotRedacted()
    {
        var writer = new RedactingJsonWriter(_ => null!);
        Assert.Contains($"\"receivedBy\":\"{RedactingJsonWriter.Placeholder}\"", writer.Write(new ConfirmDelivery("Mr. Example", Instant.FromUtc(2026, 6, 5, 1, 0))), StringComparison.Ordinal);
        // A null value is not handed to the redactor; the serializer refuses it as it does without redaction.
        Assert.Throws<JsonException>(() => writer.Write(new Ship("COSCO", null!, "WB-1", default)));
        Assert.Throws<JsonException>(() => OrderKernelJson.Write(new Ship("COSCO", null!, "WB-1", default)));
        Assert.Throws<ArgumentNullException>(() => new RedactingJsonWriter(null!));
    }

    [Fact]
    public void RedactingWriter_Options_RedactOtherKernelTypes_LikeASettlementStatement_R50()
    {
        var order = TvExportScenario.Run().State!;
        var statement = Settlement.Statement(order, OrderPolicies.Default);
        var info = (JsonTypeInfo<SettlementStatement>)RedactingJsonWriter.Default.Options.GetTypeInfo(typeof(SettlementStatement));
        var json = JsonSerializer.Serialize(statement, info);

        Assert.DoesNotContain("Pacific Retail Ltd", json, StringComparison.Ordinal);
        Assert.Contains(statement.Lines, l => l.Description.Contains("Pacific Retail Ltd", StringComparison.Ordinal));
        Assert.True(RedactingJsonWriter.Default.Options.IsReadOnly);
    }

    [Fact]
    public void RedactingWriter_Commands_AndNullArguments()
    {
        var pay = TvOrder.Pay(51_000m, "TT-1", Instant.FromUtc(2026, 3, 2, 1, 0));
        Assert.Contains($"\"remitter\":\"{RedactingJsonWriter.Placeholder}\"", RedactingJsonWriter.Default.Write(pay), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RedactingJsonWriter.Default.Write((OrderCommand)null!));
        Assert.Throws<ArgumentNullException>(() => RedactingJsonWriter.Default.Write((OrderEvent)null!));
        Assert.Throws<ArgumentNullException>(() => RedactingJsonWriter.Default.WriteEvents(null!));
        Assert.Throws<ArgumentNullException>(() => RedactingJsonWriter.Default.WriteSnapshot(null!));
    }

    /// <summary>The golden files and the sample carry placeholders such as ID-REF-0001, never a real-looking national ID number.</summary>
    [Fact]
    public void GoldenFilesAndSample_HoldNoRealLookingIdentityNumber_R50()
    {
        var root = StateMachineTests.RepoRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "tests", "OrderKernel.Tests", "Golden"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples", "OrderKernel.Sample"), "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        // A national ID: 15 to 18 digits in a row (the last may be X), the shape of a resident identity card number.
        var identity = new System.Text.RegularExpressions.Regex(@"(?<![\d.])\d{14,17}[\dX](?![\d.])");
        var found = files.SelectMany(f => identity.Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}")).ToArray();
        Assert.Empty(found);
    }

    private static HashSet<string> PersonalValues(IEnumerable<OrderEvent> events) =>
    [
        .. events.OfType<OrderShipped>().Select(e => e.CarrierIdentity),
        .. events.OfType<DeliveryConfirmed>().Select(e => e.ReceivedBy),
        .. events.OfType<PaymentConfirmed>().Select(e => e.Remitter),
    ];

    /// <summary>The values of the personal members (by their JSON names) anywhere in a document.</summary>
    private static List<string> PersonalMembers(string json)
    {
        string[] names = ["carrierIdentity", "receivedBy", "remitter"];
        var found = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (names.Contains(key) && value is JsonValue v)
                        {
                            found.Add(v.GetValue<string>());
                        }

                        Walk(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(JsonNode.Parse(json));
        return found;
    }

    private static bool IsMarked(JsonPropertyInfo property) => property.AttributeProvider is MemberInfo m && m.IsDefined(typeof(PersonalDataAttribute), inherit: false);

    private static MemberInfo Member(JsonPropertyInfo property) => (MemberInfo)property.AttributeProvider!;

    /// <summary>Every object property the kernel's JSON metadata reaches from the context's root types.</summary>
    internal static IEnumerable<(Type Type, JsonPropertyInfo Property)> ReachableProperties() =>
        JsonMetadata.ReachableObjects().SelectMany(info => info.Properties.Select(p => (info.Type, p)));
}
