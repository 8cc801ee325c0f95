using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Orders;
using OrderKernel.Primitives;

namespace OrderKernel.Shipments;

/// <summary>Decides whether goods may be released and shipped (R17, R18, R30), and says exactly what is missing when not.</summary>
public interface IShipmentReleasePolicy
{
    /// <summary>Checks an order for release.</summary>
    /// <param name="order">The order (contracted).</param>
    /// <param name="now">The decision's instant (a letter of credit must still be valid).</param>
    /// <returns>The violations; empty when the goods may leave.</returns>
    ValueList<Violation> Check(Order order, Instant now);
}

/// <summary>Creates shipment release policies.</summary>
public static class ShipmentReleasePolicy
{
    /// <summary>
    /// Gets the default policy: every installment due before shipment (deposit and balance) is paid (R17, R30), or the
    /// unpaid part is covered by a valid letter of credit (R18), or an exception was approved (R17).
    /// </summary>
    public static IShipmentReleasePolicy Default { get; } = new PaidBeforeShipmentPolicy();

    private sealed class PaidBeforeShipmentPolicy : IShipmentReleasePolicy
    {
        public ValueList<Violation> Check(Order order, Instant now)
        {
            Guard.Against.Null(order);
            if (order.Contract is not { } contract)
            {
                return ValueList<Violation>.Of(Violation.Of(ViolationCodes.PaymentDueBeforeShipment, "There is no signed contract.", "R30"));
            }

            var due = contract.DueBeforeShipment;
            var paid = order.TotalPaid;
            var unpaid = due - paid;
            if (!unpaid.IsPositive || order.ShipmentException is not null)
            {
                return default;
            }

            var expired = false;
            if (order.LetterOfCredit is { } credit)
            {
                var today = now.InZone(DateTimeZoneProviders.Tzdb[order.TimeZoneId]).Date;
                if (today <= credit.Expiry && credit.Amount >= unpaid)
                {
                    return default;
                }

                expired = today > credit.Expiry;
            }

            // The message is formatted only if someone reads it (a UI asking "can I ship?" often does not).
            return ValueList<Violation>.Of(Violation.Deferred(
                ViolationCodes.PaymentDueBeforeShipment,
                "R30",
                (unpaid, due, paid, order.LetterOfCredit, expired),
                static s =>
                {
                    var lc = s.LetterOfCredit is not { } credit ? string.Empty
                        : s.expired ? $"; letter of credit {credit.Number} expired on {LocalDatePattern.Iso.Format(credit.Expiry)}"
                        : $"; letter of credit {credit.Number} covers only {credit.Amount}";
                    return string.Create(CultureInfo.InvariantCulture, $"{s.unpaid} is still unpaid of the {s.due} due before shipment (paid {s.paid}){lc}; goods ship only after payment is confirmed, against a valid letter of credit, or with an approved exception.");
                }));
        }
    }
}
