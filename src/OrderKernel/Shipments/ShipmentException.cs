using NodaTime;

namespace OrderKernel;

/// <summary>An approved exception to the shipment release rule (R17: exceptions need approval), recorded with its reason.</summary>
/// <param name="Reason">Why the goods may leave before payment.</param>
/// <param name="ApprovedBy">Who approved.</param>
/// <param name="ApprovedAt">When.</param>
public sealed record ShipmentException(string Reason, ActorId ApprovedBy, Instant ApprovedAt);
