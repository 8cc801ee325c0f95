using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace OrderKernel.Policies;

/// <summary>Creates shipment release policies.</summary>
public static class ShipmentReleasePolicy
{
    /// <summary>
    /// Gets the default policy: every installment due before shipment (deposit and balance) is paid (R17, R30), or the
    /// unpaid part is covered by a valid letter of credit or by accepted, not dishonoured bank acceptance bills not past
    /// maturity (R18), or an exception was approved (R17).
    /// </summary>
    public static IShipmentReleasePolicy Default { get; } = Create(new ShipmentReleasePolicyOptions());

    /// <summary>Validates options and creates the default shipment release policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IShipmentReleasePolicy Create(ShipmentReleasePolicyOptions options) => new PaidBeforeShipmentPolicy(Guard.Against.Null(options));

    private sealed class PaidBeforeShipmentPolicy(ShipmentReleasePolicyOptions options) : IShipmentReleasePolicy
    {
        public ValueList<Violation> Check(Order order, Instant now)
        {
            Guard.Against.Null(order);
            if (order.Contract is not { } contract)
            {
                return ValueList<Violation>.Of(Violation.Of(ViolationCodes.PaymentDueBeforeShipment, "There is no signed contract.", "R30"));
            }

            return Covered(order, contract, now) ? default : Unpaid(order, contract, now);
        }

        // Whether the money due before shipment is paid, excepted, or covered by a valid letter of credit or accepted bills.
        private bool Covered(Order order, Contract contract, Instant now)
        {
            var due = contract.DueBeforeShipment;
            var paid = order.TotalPaid;
            if (paid >= due || (options.AcceptApprovedException && order.ShipmentException is not null))
            {
                return true;
            }

            var credit = options.AcceptLetterOfCredit ? order.LetterOfCredit : null;
            var bills = options.AcceptBankAcceptanceBill && !options.RequireBillHonoured && !order.BankAcceptanceBills.IsEmpty;
            if (credit is null && !bills)
            {
                return false;
            }

            // The order's local date, needed only to tell whether a letter of credit or a bill is still valid.
            var today = order.DateAt(now);
            return (credit is not null && today <= credit.Expiry && credit.Amount >= due - paid)
                || (bills && BillDecider.Securing(order, today) >= due - paid);
        }

        private ValueList<Violation> Unpaid(Order order, Contract contract, Instant now)
        {
            var expired = order.LetterOfCredit is { } credit && order.DateAt(now) > credit.Expiry;

            // The message is formatted only if someone reads it (a UI asking "can I ship?" often does not), from the order
            // itself: it is immutable, so the amounts read then are the amounts refused now.
            return ValueList<Violation>.Of(Violation.Deferred(
                ViolationCodes.PaymentDueBeforeShipment,
                "R30",
                (order, contract, expired, options, today: order.DateAt(now)),
                static s =>
                {
                    var due = s.contract.DueBeforeShipment;
                    var paid = s.order.TotalPaid;
                    var lc = !s.options.AcceptLetterOfCredit || s.order.LetterOfCredit is not { } credit ? string.Empty
                        : s.expired ? $"; letter of credit {credit.Number} expired on {LocalDatePattern.Iso.Format(credit.Expiry)}"
                        : $"; letter of credit {credit.Number} covers only {credit.Amount}";
                    var billsCount = s.options.AcceptBankAcceptanceBill && !s.options.RequireBillHonoured;
                    var bills = !billsCount || s.order.BankAcceptanceBills.IsEmpty ? string.Empty
                        : $"; accepted bank acceptance bills not past maturity secure only {BillDecider.Securing(s.order, s.today)}";
                    return string.Create(CultureInfo.InvariantCulture, $"{due - paid} is still unpaid of the {due} due before shipment (paid {paid}){lc}{bills}; goods ship only {Securities(s.options)}.");
                }));
        }

        // R17, R18, R30: every way this policy lets unpaid goods leave, named in the refusal.
        private static string Securities(ShipmentReleasePolicyOptions options)
        {
            var ways = new System.Collections.Generic.List<string>(4) { "after payment is confirmed" };
            if (options.AcceptLetterOfCredit)
            {
                ways.Add("against a valid letter of credit");
            }

            if (options.AcceptBankAcceptanceBill && !options.RequireBillHonoured)
            {
                ways.Add("against accepted bank acceptance bills not past maturity");
            }

            if (options.AcceptApprovedException)
            {
                ways.Add("with an approved exception");
            }

            return ways.Count == 1 ? ways[0] : string.Join(", ", ways.GetRange(0, ways.Count - 1)) + ", or " + ways[^1];
        }
    }
}
