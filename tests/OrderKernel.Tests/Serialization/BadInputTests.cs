using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace OrderKernel.Tests.Serialization;

public class BadInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names() => [.. BadInputCases.All.Select(c => c.Name)];

    [Fact]
    public void Table_HasAtLeastFortyCases() => Assert.True(BadInputCases.All.Length >= 40);

    [Fact]
    public void ValidPayloads_AreRead()
    {
        Assert.True(OrderKernelJson.ReadCommand(BadInputCases.Valid("pay")).IsT0, OrderKernelJson.ReadCommand(BadInputCases.Valid("pay")).Match(_ => "", e => e.ToString()));
        Assert.True(OrderKernelJson.ReadCommand(BadInputCases.Valid("receive")).IsT0, OrderKernelJson.ReadCommand(BadInputCases.Valid("receive")).Match(_ => "", e => e.ToString()));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ReadCommand_BadInput_GetsItsTypedError(string name)
    {
        var (_, json, kind, path) = BadInputCases.All.Single(c => c.Name == name);
        var result = OrderKernelJson.ReadCommand(json);
        Assert.True(result.IsT1, $"{name}: was read as {(result.IsT0 ? result.AsT0.ToString() : string.Empty)}");
        var error = result.AsT1;
        output.WriteLine(error.ToString());
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal((kind, path), (error.Kind.ToString(), error.Path));
    }

    /// <summary>
    /// What a host shows or logs for each bad input, pinned in <c>Golden/json-errors.txt</c> (error's
    /// <see cref="JsonReadError.ToString"/>; regenerate with <c>ORDERKERNEL_UPDATE_GOLDEN=1</c> and review the diff).
    /// </summary>
    [Fact]
    public void ReadCommand_BadInputs_ErrorTexts_MatchTheGoldenList()
    {
        var lines = BadInputCases.All.Select(c => OrderKernelJson.ReadCommand(c.Json).AsT1).Zip(BadInputCases.All, (e, c) => $"{c.Name}: {e.Kind} at {e.Path}: {Own(e)}");
        Golden.AssertMatches("json-errors.txt", string.Join("\n", lines) + "\n");
        Assert.All(BadInputCases.All, c =>
        {
            var e = OrderKernelJson.ReadCommand(c.Json).AsT1;
            Assert.Equal($"{e.Kind} at {e.Path}: {e.Message}", e.ToString());
            Assert.DoesNotContain(" Path: ", e.Message, StringComparison.Ordinal); // the path is its own member, not repeated in the text
            Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
        });

        // Texts written by System.Text.Json and the runtime's number parsing may change with a .NET patch: they are
        // masked, so the list pins the kernel's own texts (and NodaTime's and Ardalis's, whose versions are pinned).
        static string Own(JsonReadError e)
        {
            string[] runtime =
            [
                "The JSON value could not be converted to", "Read unrecognized type discriminator id", "could not be mapped to any .NET member",
                "Duplicate property '", "Deserialized object contains a duplicate", "JSON deserialization for type", "doesn't allow null values",
                "The input string '",
            ];
            return e.Kind == JsonErrorKind.MalformedJson || runtime.Any(r => e.Message.Contains(r, StringComparison.Ordinal)) ? "(System.Text.Json's message)" : e.Message;
        }
    }

    /// <summary>An error names what is wrong without echoing the attacker's text: at most a short prefix of any input value (issue 20).</summary>
    [Fact]
    public void ReadCommand_BadInputs_QuoteAtMostAShortPrefixOfTheInput()
    {
        var runs = new[] { "x", "7", "9" }.Select(c => string.Concat(Enumerable.Repeat(c, JsonErrors.QuoteLength + 1))).ToArray();
        Assert.All(BadInputCases.All, c =>
        {
            var e = OrderKernelJson.ReadCommand(c.Json).AsT1;
            Assert.True(e.Message.Length <= JsonErrors.MaxMessageLength + 1, $"{c.Name}: {e.Message.Length} characters");
            Assert.True(e.Path.Length <= JsonErrors.MaxPathLength + 1, $"{c.Name}: path of {e.Path.Length} characters");
            Assert.All(runs, r => Assert.DoesNotContain(r, e.Message + e.Path, StringComparison.Ordinal));
        });
        Assert.Contains(BadInputCases.All, c => c.Json.Length > 1_000_000);
    }

    [Fact]
    public void ReadCommand_Null_IsAProgrammerError() => Assert.Throws<ArgumentNullException>(() => OrderKernelJson.ReadCommand(null!));
}
