using NodaTime;

namespace OrderKernel;

/// <summary>The signed shipment release, the only key that opens the warehouse (R30).</summary>
/// <param name="SignedBy">Who signed (a sales vice-president by default).</param>
/// <param name="SignedAt">When.</param>
/// <param name="PaidAtRelease">What had been paid when it was signed.</param>
public sealed record ShipmentRelease(ActorId SignedBy, Instant SignedAt, Money PaidAtRelease);
