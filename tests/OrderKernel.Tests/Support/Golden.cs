using OrderKernel.Tests.Lifecycle;
using Xunit;

namespace OrderKernel.Tests.Support;

/// <summary>Compares text with a golden file under tests/OrderKernel.Tests/Golden; ORDERKERNEL_UPDATE_GOLDEN=1 rewrites it.</summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var source = Path.Combine(StateMachineTests.RepoRoot(), "tests", "OrderKernel.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("ORDERKERNEL_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }

        var copied = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        Assert.True(File.Exists(copied), $"Golden file {name} is missing: run the tests once with ORDERKERNEL_UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(copied).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
