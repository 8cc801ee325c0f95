using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>Tells whether the goods may leave: the same answer as an empty <see cref="Check"/>, without the violations.</summary>
    /// <remarks>
    /// <see cref="OrderDecider.PermittedKinds"/> asks this to enable a button. The default implementation calls
    /// <see cref="Check"/>; implement it when the answer is cheaper than the explanation (the built-in policy allocates nothing).
    /// </remarks>
    /// <param name="order">The order (contracted).</param>
    /// <param name="now">The decision's instant.</param>
    /// <returns><see langword="true"/> when the goods may leave.</returns>
    bool Allows(Order order, Instant now) => Check(order, now).IsEmpty;
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

            if (Covered(order, contract, now, out var due, out var paid, out var unpaid, out var expired))
            {
                return default;
            }

            return Unpaid(order, due, paid, unpaid, expired);
        }

        // Out of line: the refusal's state and message would otherwise size the frame every passing check clears.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ValueList<Violation> Unpaid(Order order, Money due, Money paid, Money unpaid, bool expired) =>
            // The message is formatted only if someone reads it (a UI asking "can I ship?" often does not).
            ValueList<Violation>.Of(Violation.Deferred(
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

        public bool Allows(Order order, Instant now)
        {
            Guard.Against.Null(order);
            return order.Contract is { } contract && Covered(order, contract, now, out _, out _, out _, out _);
        }

        // Whether the money due before shipment is paid, excepted, or covered by a valid letter of credit.
        private static bool Covered(Order order, Contracts.Contract contract, Instant now, out Money due, out Money paid, out Money unpaid, out bool expired)
        {
            due = contract.DueBeforeShipment;
            paid = order.TotalPaid;
            expired = false;
            if (paid >= due || order.ShipmentException is not null)
            {
                unpaid = default;
                return true;
            }

            unpaid = due - paid;
            return order.LetterOfCredit is { } credit && CoveredByCredit(order, credit, now, unpaid, out expired);
        }

        // Out of line: the zone lookup and local date would otherwise size the frame of every check.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool CoveredByCredit(Order order, LetterOfCredit credit, Instant now, Money unpaid, out bool expired)
        {
            var today = now.InZone(DateTimeZoneProviders.Tzdb[order.TimeZoneId]).Date;
            expired = today > credit.Expiry;
            return !expired && credit.Amount >= unpaid;
        }
    }
}
