using System.Reflection;
using System.Text.RegularExpressions;
using OrderKernel.Tests.Lifecycle;
using Xunit;

namespace OrderKernel.Tests.Docs;

public partial class RulesDocTests
{
    private static readonly string[] Rows = File.ReadAllLines(Path.Combine(StateMachineTests.RepoRoot(), "docs", "rules.md"))
        .Where(l => RuleRow().IsMatch(l))
        .ToArray();

    /// <summary>Every test of this assembly as <c>Class.Method</c> (facts, theories and properties).</summary>
    private static readonly HashSet<string> Tests = typeof(RulesDocTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes().Any(a => a is FactAttribute)).Select(m => t.Name + "." + m.Name))
        .ToHashSet();

    [Fact]
    public void RulesDoc_ListsEveryRuleOnce()
    {
        var rules = Rows.Select(r => RuleRow().Match(r).Groups[1].Value).ToArray();
        Assert.Equal(Enumerable.Range(1, 50).Select(i => "R" + i), rules);
    }

    [Fact]
    public void RulesDoc_NamesOnlyTypesThatExist()
    {
        var types = typeof(Order).Assembly.GetExportedTypes().Select(t => t.Name.Split('`')[0]).ToHashSet();
        var guards = OrderKernel.OrderLifecycle.Definition.Guards.Select(g => g.Name).ToHashSet();
        foreach (var row in Rows)
        {
            var cells = row.Split('|');
            foreach (Match m in Code().Matches(cells[2]))
            {
                var name = m.Groups[1].Value;
                Assert.True(types.Contains(name) || guards.Contains(name), $"docs/rules.md names type or guard {name}, which does not exist.");
            }
        }
    }

    [Fact]
    public void RulesDoc_NamesOnlyTestsThatExist()
    {
        foreach (var row in Rows)
        {
            foreach (Match m in Code().Matches(row.Split('|')[3]))
            {
                Assert.True(Tests.Contains(m.Groups[1].Value), $"docs/rules.md names test {m.Groups[1].Value}, which does not exist.");
            }
        }
    }

    [Fact]
    public void RulesDoc_EveryImplementedClaim_NamesATestExercisingTheRule_AndEveryHostsJob_NamesItsSeam()
    {
        foreach (var row in Rows)
        {
            var cells = row.Split('|');
            var rule = RuleRow().Match(row).Groups[1].Value;
            var status = cells[^2].Trim();
            Assert.Matches(@"^(implemented|partly|not implemented|host's job)\b", status);
            if (status.StartsWith("implemented", StringComparison.Ordinal) || status.StartsWith("partly", StringComparison.Ordinal))
            {
                // A test that exercises the rule cites it in its name (…_R27 or …_R27_…), not only a type that exists.
                var exercising = Code().Matches(cells[3]).Select(m => m.Groups[1].Value)
                    .Where(n => Tests.Contains(n) && Regex.IsMatch(n, $@"_{rule}(_|$)"))
                    .ToArray();
                Assert.True(exercising.Length > 0, $"docs/rules.md claims {rule} is {status.Split(':')[0]} but names no test citing {rule}.");
            }
            else if (status.StartsWith("host's job", StringComparison.Ordinal))
            {
                Assert.True(Code().IsMatch(status), $"docs/rules.md says {rule} is the host's job without naming the seam the host uses.");
            }
        }
    }

    [GeneratedRegex(@"^\| (R\d+) \|")]
    private static partial Regex RuleRow();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
