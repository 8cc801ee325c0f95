using OrderKernel.Serialization;
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

    [Fact]
    public void ReadCommand_Null_IsAProgrammerError() => Assert.Throws<ArgumentNullException>(() => OrderKernelJson.ReadCommand(null!));
}
