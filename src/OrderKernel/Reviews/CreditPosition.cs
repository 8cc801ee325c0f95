namespace OrderKernel;

/// <summary>The customer's credit as the host knows it when a department signs the credit criterion (R7); both in the order's currency.</summary>
/// <param name="Exposure">What the customer owes and has on order today, before this order; not negative.</param>
/// <param name="Limit">The customer's credit limit; not negative.</param>
public sealed record CreditPosition(Money Exposure, Money Limit);
