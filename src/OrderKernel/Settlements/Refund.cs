using NodaTime;

namespace OrderKernel;

/// <summary>A refund paid back to the customer.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Reference">The bank reference.</param>
/// <param name="Reason">Why.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When.</param>
public sealed record Refund(Money Amount, string Reference, string Reason, ActorId RecordedBy, Instant RecordedAt);
