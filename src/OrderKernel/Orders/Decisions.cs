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
