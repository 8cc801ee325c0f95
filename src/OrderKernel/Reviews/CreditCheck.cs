namespace OrderKernel;

/// <summary>The credit check recorded with a sign-off that answers the credit criterion (R7).</summary>
/// <param name="Exposure">The customer's exposure before this order (from the host).</param>
/// <param name="Limit">The customer's credit limit (from the host).</param>
/// <param name="OrderAmount">The order's estimated amount; <see langword="null"/> while a line has no price yet (then the exposure alone is compared).</param>
/// <param name="Exceeded">Whether exposure plus the order exceeds the limit (approved only as a flagged, mitigated finding, see <c>CreditOverLimit.Flag</c>).</param>
public sealed record CreditCheck(Money Exposure, Money Limit, Money? OrderAmount, bool Exceeded);
