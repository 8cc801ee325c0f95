using NodaTime;

namespace OrderKernel.Policies;

/// <summary>What the priority policy weighs (R4): urgency, amount and the customer's importance.</summary>
/// <param name="EstimatedAmount">The order's estimated amount; <see langword="null"/> while a line has no price.</param>
/// <param name="Tier">The customer's tier.</param>
/// <param name="ReceivedOn">The day the order was received, in the order's time zone.</param>
/// <param name="RequestedDeliveryDate">The requested delivery date; <see langword="null"/> when none is given yet.</param>
public sealed record PriorityInput(Money? EstimatedAmount, CustomerTier Tier, LocalDate ReceivedOn, LocalDate? RequestedDeliveryDate);
