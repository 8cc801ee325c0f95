using System.Linq;
using Ardalis.GuardClauses;

namespace OrderKernel.Testing;

/// <summary>Checks on refusals, for tests.</summary>
public static class RejectedExtensions
{
    /// <summary>Finds the violation with a code (and, when given, the rule), or fails.</summary>
    /// <param name="rejected">The refusal.</param>
    /// <param name="code">The expected code (see <see cref="ViolationCodes"/>).</param>
    /// <param name="rule">The expected rule reference (e.g. <c>R30</c>), or <see langword="null"/> for any.</param>
    /// <returns>The violation.</returns>
    /// <exception cref="ScenarioException">No violation has the code, or it cites another rule.</exception>
    public static Violation Has(this Rejected rejected, string code, string? rule = null)
    {
        Guard.Against.Null(rejected);
        var v = rejected.Violations.FirstOrDefault(x => x.Code == code)
            ?? throw new ScenarioException($"Expected {code}, got: {rejected}");
        return rule is null || v.Rule == rule ? v : throw new ScenarioException($"Expected {code} to cite {rule}, it cites {v.Rule}: {rejected}");
    }
}
