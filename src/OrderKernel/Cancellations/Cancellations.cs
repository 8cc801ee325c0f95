using NodaTime;

namespace OrderKernel;

/// <summary>A cancellation (R36): its reason, what it costs the customer and what is refunded.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Charge">What the customer bears.</param>
/// <param name="Refund">What is refunded of the payments.</param>
/// <param name="Explanation">How the charge was decided.</param>
/// <param name="StatusBefore">The stage it was cancelled at.</param>
/// <param name="CancelledBy">Who cancelled.</param>
/// <param name="CancelledAt">When.</param>
public sealed record Cancellation(string Reason, Money Charge, Money Refund, string Explanation, OrderStatus StatusBefore, ActorId CancelledBy, Instant CancelledAt);
