using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>What the cancellation policy reads of the order being cancelled (R36): its stage and its contract.</summary>
/// <param name="Status">The order's status.</param>
/// <param name="Contract">The signed contract, or <see langword="null"/> before signing.</param>
/// <param name="ProductionStarted">Whether the order was released to production.</param>
/// <param name="Currency">The order's currency.</param>
public sealed record CancellationInput(OrderStatus Status, Contract? Contract, bool ProductionStarted, Currency Currency)
{
    /// <summary>The cancellation policy's view of an order.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The input.</returns>
    public static CancellationInput Of(Order order)
    {
        Guard.Against.Null(order);
        return new(order.Status, order.Contract, order.Production is not null, order.Currency);
    }
}
