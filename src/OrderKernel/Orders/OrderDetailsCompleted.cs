using NodaTime;

namespace OrderKernel;

/// <summary>The customer completed the order (R3).</summary>
/// <param name="Lines">The lines.</param>
/// <param name="RequestedDeliveryDate">The delivery date.</param>
/// <param name="QualityRequirements">The quality requirements.</param>
public sealed record OrderDetailsCompleted(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements) : OrderEvent;
