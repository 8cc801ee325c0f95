using Ardalis.GuardClauses;
using OrderKernel.Orders;
using OrderKernel.Primitives;

namespace OrderKernel.Shipments;

/// <summary>Decides whether goods may be released and shipped (R17, R30), and says exactly what is missing when not.</summary>
public interface IShipmentReleasePolicy
{
    /// <summary>Checks an order for release.</summary>
    /// <param name="order">The order (contracted).</param>
    /// <returns>The violations; empty when the goods may leave.</returns>
    ValueList<Violation> Check(Order order);
}

/// <summary>Creates shipment release policies.</summary>
public static class ShipmentReleasePolicy
{
    /// <summary>Gets the default policy: every installment due before shipment (deposit and balance) is paid (R17, R30).</summary>
    public static IShipmentReleasePolicy Default { get; } = new PaidBeforeShipmentPolicy();

    private sealed class PaidBeforeShipmentPolicy : IShipmentReleasePolicy
    {
        public ValueList<Violation> Check(Order order)
        {
            Guard.Against.Null(order);
            if (order.Contract is not { } contract)
            {
                return ValueList<Violation>.Of(Violation.Of(ViolationCodes.PaymentDueBeforeShipment, "There is no signed contract.", "R30"));
            }

            var due = contract.DueBeforeShipment;
            var paid = order.TotalPaid;
            if (paid >= due)
            {
                return default;
            }

            return ValueList<Violation>.Of(Violation.Of(
                ViolationCodes.PaymentDueBeforeShipment,
                $"{due - paid} is still unpaid of the {due} due before shipment (paid {paid}); goods ship only after payment is confirmed.",
                "R30"));
        }
    }
}
