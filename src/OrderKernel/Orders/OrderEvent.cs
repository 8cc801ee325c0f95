using NodaTime;
using OrderKernel.Primitives;

namespace OrderKernel.Orders;

/// <summary>
/// Something that happened to an order, in the past tense. Events carry every decided value (amounts, numbers,
/// requirements and their explanations), so folding them never consults a policy and replay gives the same state even
/// after the host changes its policies.
/// </summary>
public abstract record OrderEvent
{
    private protected OrderEvent()
    {
    }

    /// <summary>Gets when it happened (the decision's instant).</summary>
    public required Instant At { get; init; }

    /// <summary>Gets who caused it.</summary>
    public required ActorId By { get; init; }

    /// <summary>Gets the idempotency key of the command that produced it, if any.</summary>
    public string? IdempotencyKey { get; init; }
}
