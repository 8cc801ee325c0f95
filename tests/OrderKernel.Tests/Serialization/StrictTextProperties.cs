using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Serialization;

/// <summary>Strict text as properties (issue 20, class 4): what the kernel writes it reads back; odd enum text is refused.</summary>
public class StrictTextProperties
{
    /// <summary>Well-formed text: random strings without lone surrogates, and texts with pairs, escapes and odd characters.</summary>
    internal static Gen<string> Text() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && JsonText.LoneSurrogate(s) < 0),
            Gen.Elements("ACME Trading", "Zoë Ünal", "司机 ID-REF-0003", "\uD83D\uDE9A truck \uD83D\uDE9B", "tab\there", "quote\" back\\slash", "\u2028line\u2029", "\0nul", new string('w', 5000)));

    private static Gen<OrderCommand> Commands() =>
        Gen.OneOf(
            Gen.Elements(Examples.Commands.ToArray()),
            from remitter in Text()
            from reference in Text()
            from instrument in Gen.Elements(Enum.GetValues<PaymentInstrument>())
            from cents in Gen.Choose(0, int.MaxValue)
            from seconds in Gen.Choose(0, int.MaxValue)
            from carrier in Text()
            from identity in Text()
            from document in Text()
            from pick in Gen.Choose(0, 2)
            select pick switch
            {
                0 => (OrderCommand)new ConfirmPayment(Money.Of(cents / 100m, Currency.USD), remitter, instrument, reference, Instant.FromUnixTimeSeconds(seconds)),
                1 => new Ship(carrier, identity, reference, ValueList<string>.Of(document, remitter)),
                _ => new ConfirmDelivery(identity, Instant.FromUnixTimeSeconds(seconds)),
            });

    [Property(MaxTest = 500)]
    public Property WrittenCommand_ReadsBackEqual() =>
        Prop.ForAll(Commands().ToArbitrary(), command =>
        {
            var read = OrderKernelJson.ReadCommand(OrderKernelJson.Write(command));
            Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
            Assert.Equal(command, read.AsT0);
        });

    /// <summary>A lone surrogate put into a written text, raw or as a JSON escape, is refused (a writer would have turned it into U+FFFD).</summary>
    [Property(MaxTest = 300)]
    public Property TextWithALoneSurrogate_IsRefused() =>
        Prop.ForAll(
            (from text in Text() from at in Gen.Choose(0, 10_000) from surrogate in Gen.Choose(0xD800, 0xDFFF) from raw in Gen.Elements(true, false) select (text, at, surrogate, raw)).ToArbitrary(),
            c =>
        {
            var (text, at, surrogate, raw) = c;
            const string marker = "ZQXMARKZQX";
            var json = OrderKernelJson.Write(new ConfirmDelivery(text.Insert(PairSafe(text, at), marker), Instant.FromUtc(2026, 6, 5, 1, 0)));
            var broken = json.Replace(marker, raw ? ((char)surrogate).ToString() : $"\\u{surrogate:x4}", StringComparison.Ordinal);

            var error = OrderKernelJson.ReadCommand(broken).AsT1;
            Assert.Equal((JsonErrorKind.InvalidValue, raw ? "$" : "$.receivedBy"), (error.Kind, error.Path));
        });

    /// <summary>Any enum member in a written command, its text mutated (a letter's case flipped, a space added, joined with a comma, as its number), is refused at its path.</summary>
    [Property(MaxTest = 1000)]
    public Property EnumText_Mutated_IsRefused() =>
        Prop.ForAll(EnumMutations().ToArbitrary(), m =>
        {
            var (json, path, original, mutated) = m;
            if (mutated == original)
            {
                return;
            }

            var read = OrderKernelJson.ReadCommand(json);
            Assert.True(read.IsT1, $"'{mutated}' (for '{original}') at {path} was read");
            Assert.Equal((JsonErrorKind.WrongType, path), (read.AsT1.Kind, read.AsT1.Path));
        });

    [Fact]
    public void EnumMembers_AreFoundInTheExampleCommands()
    {
        var members = Examples.Commands.SelectMany(c => EnumMembers(c).Select(e => e.Path)).Distinct().ToArray();
        Assert.Contains("$.instrument", members);
        Assert.Contains("$.department", members);
        Assert.True(members.Length >= 10, string.Join(", ", members));
    }

    private static Gen<(string Json, string Path, string Original, string Mutated)> EnumMutations()
    {
        var candidates = Examples.Commands.Where(c => EnumMembers(c).Count > 0).ToArray();
        return from command in Gen.Elements(candidates)
               from index in Gen.Choose(0, 1000)
               from kind in Gen.Choose(0, 8)
               from position in Gen.Choose(0, 1000)
               select Mutate(command, index, kind, position);
    }

    private static (string Json, string Path, string Original, string Mutated) Mutate(OrderCommand command, int index, int kind, int position)
    {
        var root = JsonNode.Parse(OrderKernelJson.Write(command))!;
        var members = EnumMembers(command, root);
        var (node, path, type) = members[index % members.Count];
        var name = node.GetValue<string>();
        var at = position % name.Length;
        var mutated = kind switch
        {
            0 => name[..at] + (char.IsUpper(name[at]) ? char.ToLowerInvariant(name[at]) : char.ToUpperInvariant(name[at])) + name[(at + 1)..],
            1 => " " + name,
            2 => name + " ",
            3 => name + ", " + name,
            4 => name + "," + Enum.GetNames(type)[position % Enum.GetNames(type).Length],
            5 => Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture),
            6 => name.ToLowerInvariant(),
            7 => name.ToUpperInvariant(),
            _ => "\t" + name,
        };
        node.ReplaceWith(JsonValue.Create(mutated));
        return (root.ToJsonString(), path, name, mutated);
    }

    private static List<(JsonValue Node, string Path, Type Type)> EnumMembers(OrderCommand command, JsonNode? root = null)
    {
        var found = new List<(JsonValue, string, Type)>();
        Walk(root ?? JsonNode.Parse(OrderKernelJson.Write(command))!, command.GetType(), "$", found);
        return found;
    }

    /// <summary>Finds the JSON values of enum members, following the generated metadata (list items, nested objects).</summary>
    private static void Walk(JsonNode node, Type type, string path, List<(JsonValue, string, Type)> found)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            found.Add(((JsonValue)node, path, type));
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            var items = node.AsArray();
            for (var i = 0; i < items.Count; i++)
            {
                Walk(items[i]!, type.GetGenericArguments()[0], $"{path}[{i}]", found);
            }

            return;
        }

        if (node is not JsonObject o || OrderKernelJsonContext.Default.GetTypeInfo(type) is not { Kind: JsonTypeInfoKind.Object } info)
        {
            return;
        }

        foreach (var p in info.Properties)
        {
            if (o[p.Name] is { } child)
            {
                Walk(child, p.PropertyType, $"{path}.{p.Name}", found);
            }
        }
    }

    private static int PairSafe(string text, int at)
    {
        var i = at % (text.Length + 1);
        return i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) ? i - 1 : i;
    }
}
