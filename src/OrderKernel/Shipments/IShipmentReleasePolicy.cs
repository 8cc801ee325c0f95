using NodaTime;

namespace OrderKernel.Policies;

/// <summary>Decides whether goods may be released and shipped (R17, R18, R30), and says exactly what is missing when not.</summary>
public interface IShipmentReleasePolicy
{
    /// <summary>Checks an order for release.</summary>
    /// <param name="order">The order (contracted).</param>
    /// <param name="now">The decision's instant (a letter of credit must still be valid).</param>
    /// <returns>The violations; empty when the goods may leave.</returns>
    ValueList<Violation> Check(Order order, Instant now);
}
