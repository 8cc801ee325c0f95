using Ardalis.GuardClauses;
using System.Text.Json.Serialization;

namespace OrderKernel.Orders;

/// <summary>One reason a command was refused: a stable code, a message for people and the rule it enforces.</summary>
public sealed record Violation
{
    [JsonConstructor]
    internal Violation(string code, string message, string rule)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(message);
        Guard.Against.NullOrWhiteSpace(rule);
        Code = code;
        Message = message;
        Rule = rule;
    }

    /// <summary>Gets the stable, machine-readable code (see <see cref="ViolationCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Gets the explanation for people, naming the values involved.</summary>
    public string Message { get; }

    /// <summary>Gets the rule enforced: an R-number of the domain brief (e.g. <c>R30</c>) or <c>kernel</c> for the kernel's own integrity rules.</summary>
    public string Rule { get; }

    /// <summary>Creates a violation.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The explanation.</param>
    /// <param name="rule">The rule enforced.</param>
    /// <returns>The violation.</returns>
    public static Violation Of(string code, string message, string rule) => new(code, message, rule);

    /// <inheritdoc />
    public override string ToString() => $"{Code} [{Rule}]: {Message}";
}
