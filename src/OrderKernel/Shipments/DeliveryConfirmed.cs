using NodaTime;

namespace OrderKernel;

/// <summary>The customer confirmed receipt.</summary>
/// <param name="ReceivedBy">Who received; personal data (R50).</param>
/// <param name="ReceivedAt">When.</param>
public sealed record DeliveryConfirmed([property: PersonalData] string ReceivedBy, Instant ReceivedAt) : OrderEvent;
