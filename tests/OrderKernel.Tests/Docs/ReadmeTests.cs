using OrderKernel.Tests.Lifecycle;
using Xunit;

namespace OrderKernel.Tests.Docs;

public class ReadmeTests
{
    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([StateMachineTests.RepoRoot(), .. path])).ReplaceLineEndings("\n");

    [Fact]
    public void Readme_OpensWithTheTwoCommands()
    {
        var readme = Read("README.md");
        var firstBlock = readme.Split("```bash\n")[1].Split("```")[0];
        Assert.Contains("dotnet run --project samples/OrderKernel.Sample", firstBlock, StringComparison.Ordinal);
        Assert.Contains("dotnet test", firstBlock, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_QuickStart_IsTheCodeTheConsumerCompilesAgainstThePackage()
    {
        var consumer = Read("tests", "OrderKernel.PackageConsumer", "Program.cs");
        var quickStart = consumer.Split("// <quickstart>\n")[1].Split("// </quickstart>")[0];
        Assert.Contains(quickStart, Read("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void CiScript_RunsTheReadmesTestCommand()
    {
        var ci = Read(".ci", "run");
        Assert.Contains("dotnet test OrderKernel.sln", ci, StringComparison.Ordinal);
        Assert.Contains("passed, ", ci, StringComparison.Ordinal);
    }

    [Fact]
    public void Changelog_HasAnUnreleasedSection() =>
        Assert.Contains("\n## [Unreleased]\n", Read("CHANGELOG.md"), StringComparison.Ordinal);
}
