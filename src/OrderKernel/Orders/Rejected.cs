using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>A refused command: one or more violations; the state is unchanged.</summary>
public sealed class Rejected
{
    [JsonConstructor]
    internal Rejected(ValueList<Violation> violations) => Violations = violations;

    /// <summary>Gets the reasons, at least one.</summary>
    public ValueList<Violation> Violations { get; }

    internal static Rejected Of(Violation violation) => new(ValueList<Violation>.Own([Guard.Against.Null(violation)]));

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", Violations);
}
