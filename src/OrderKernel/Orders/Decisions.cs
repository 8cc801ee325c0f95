using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>An accepted command: the new state and the events that produced it.</summary>
public sealed class Accepted
{
    internal Accepted(Order state, ValueList<OrderEvent> events, bool isDuplicate)
    {
        State = state;
        Events = events;
        IsDuplicate = isDuplicate;
    }

    /// <summary>Gets the state after the events; persist it (snapshot) or the events (event sourcing).</summary>
    public Order State { get; }

    /// <summary>Gets the events, in order; empty when <see cref="IsDuplicate"/>.</summary>
    public ValueList<OrderEvent> Events { get; }

    /// <summary>Gets a value indicating whether the command's idempotency key was already applied: nothing new happened.</summary>
    public bool IsDuplicate { get; }
}

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
