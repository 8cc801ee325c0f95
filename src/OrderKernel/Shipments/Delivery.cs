using NodaTime;

namespace OrderKernel;

/// <summary>The customer's confirmation of receipt (R38: complete when the customer confirms receipt).</summary>
/// <param name="ReceivedBy">Who received the goods; personal data (R50).</param>
/// <param name="ReceivedAt">When.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record Delivery([property: PersonalData] string ReceivedBy, Instant ReceivedAt, ActorId RecordedBy);
