using NodaTime;

namespace OrderKernel.Policies;

/// <summary>What the warranty policy is asked: the line and the day it was delivered.</summary>
/// <param name="Line">The order line.</param>
/// <param name="DeliveredOn">The delivery date, in the order's time zone.</param>
public sealed record WarrantyQuestion(OrderLine Line, LocalDate DeliveredOn);
