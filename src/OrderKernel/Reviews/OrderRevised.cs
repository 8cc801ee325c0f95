using NodaTime;

namespace OrderKernel;

/// <summary>The order was revised after a rejected review.</summary>
/// <param name="Lines">The revised lines.</param>
/// <param name="RequestedDeliveryDate">The revised delivery date.</param>
/// <param name="QualityRequirements">The revised quality requirements.</param>
/// <param name="Note">What was revised.</param>
public sealed record OrderRevised(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements, string Note) : OrderEvent;
