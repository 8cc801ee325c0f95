using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>What the acceptance policy reads of the order being quoted (R9).</summary>
/// <param name="Tier">The customer's standing.</param>
/// <param name="Lines">The order's lines (quantities, new or non-standard products).</param>
/// <param name="EstimatedAmount">The estimated amount from the lines' prices, or <see langword="null"/> while a price is open.</param>
public sealed record AcceptanceInput(CustomerTier Tier, ValueList<OrderLine> Lines, Money? EstimatedAmount)
{
    /// <summary>The acceptance policy's view of an order: its customer's tier, its lines and their estimated amount.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The input.</returns>
    public static AcceptanceInput Of(Order order)
    {
        Guard.Against.Null(order);
        return new(order.Customer.Tier, order.Lines, order.EstimatedAmount(RoundingRule.Default));
    }
}
