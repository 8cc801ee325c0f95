namespace OrderKernel.Orders;

/// <summary>
/// A request to change an order. Every command has a <see cref="Kind"/>, and may carry an idempotency key: deciding a
/// command whose key was already applied returns the same outcome without new events.
/// </summary>
public abstract record OrderCommand
{
    private protected OrderCommand()
    {
    }

    /// <summary>Gets the command's kind (its trigger in the lifecycle machine).</summary>
    public abstract CommandKind Kind { get; }

    /// <summary>Gets the optional idempotency key chosen by the host (e.g. a request id).</summary>
    public string? IdempotencyKey { get; init; }
}
