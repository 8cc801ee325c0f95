namespace OrderKernel;

/// <summary>The shipment release was signed (R30).</summary>
/// <param name="PaidAtRelease">What had been paid.</param>
public sealed record ShipmentReleased(Money PaidAtRelease) : OrderEvent;
