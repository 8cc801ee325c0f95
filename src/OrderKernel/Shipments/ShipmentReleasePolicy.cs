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

            return Covered(order, contract, now) ? default : Unpaid(order, now);
        }

        public bool Allows(Order order, Instant now)
        {
            Guard.Against.Null(order);
            return order.Contract is { } contract && Covered(order, contract, now);
        }

        // Whether the money due before shipment is paid, excepted, or covered by a valid letter of credit.
        private static bool Covered(Order order, Contracts.Contract contract, Instant now)
        {
            var due = contract.DueBeforeShipment;
            var paid = order.TotalPaid;
            return paid >= due
                || order.ShipmentException is not null
                || (order.LetterOfCredit is { } credit && CoveredByCredit(order, credit, now, due - paid));
        }

        // Out of line, as the refusal below: the zone lookup and the message would otherwise size the stack frame every
        // passing check clears.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool CoveredByCredit(Order order, LetterOfCredit credit, Instant now, Money unpaid) =>
            Today(order, now) <= credit.Expiry && credit.Amount >= unpaid;

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static ValueList<Violation> Unpaid(Order order, Instant now)
        {
            var expired = order.LetterOfCredit is { } credit && Today(order, now) > credit.Expiry;

            // The message is formatted only if someone reads it (a UI asking "can I ship?" often does not), from the order
            // itself: it is immutable, so the amounts read then are the amounts refused now.
            return ValueList<Violation>.Own([Violation.Deferred(
                ViolationCodes.PaymentDueBeforeShipment,
                "R30",
                (order, expired),
                static s =>
                {
                    var due = s.order.Contract!.DueBeforeShipment;
                    var paid = s.order.TotalPaid;
                    var lc = s.order.LetterOfCredit is not { } credit ? string.Empty
                        : s.expired ? $"; letter of credit {credit.Number} expired on {LocalDatePattern.Iso.Format(credit.Expiry)}"
                        : $"; letter of credit {credit.Number} covers only {credit.Amount}";
                    return string.Create(CultureInfo.InvariantCulture, $"{due - paid} is still unpaid of the {due} due before shipment (paid {paid}){lc}; goods ship only after payment is confirmed, against a valid letter of credit, or with an approved exception.");
                })]);
        }

        private static LocalDate Today(Order order, Instant now) => now.InZone(DateTimeZoneProviders.Tzdb[order.TimeZoneId]).Date;
    }
}
