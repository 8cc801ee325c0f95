using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>What the change impact policy reads of the order a change is proposed on (R33–R35, R28): its stage.</summary>
/// <param name="ProductionStarted">Whether the order was released to production.</param>
/// <param name="AcceptedGrade">The quality grade of the accepted final inspection, or <see langword="null"/> before one passed (R28).</param>
public sealed record ChangeRoutingInput(bool ProductionStarted, QualityGrade? AcceptedGrade)
{
    /// <summary>The change impact policy's view of an order.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The input.</returns>
    public static ChangeRoutingInput Of(Order order)
    {
        Guard.Against.Null(order);
        return new(order.Production is not null, order.Inspection is { Passed: true } inspection ? inspection.Grade : null);
    }
}
