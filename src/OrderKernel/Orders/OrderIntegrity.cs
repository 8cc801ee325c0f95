using System;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// The facts every order the kernel holds satisfies, checked in one place: by <see cref="Serialization.OrderKernelJson.ReadSnapshot"/>
/// (a snapshot that fails them is refused), by <see cref="OrderDecider.Replay"/> and <see cref="OrderDecider.Evolve"/>
/// of a first event, by the property tests after every decision, and, for the sizes of the history lists, by
/// <see cref="OrderDecider.Decide"/>. An order that passes can be processed by every command, written to JSON and read again.
/// </summary>
internal static class OrderIntegrity
{
    private const string Code = ViolationCodes.InvalidState;

    /// <summary>Lists what is wrong with <paramref name="order"/>; empty for a valid order.</summary>
    public static ValueList<Violation> Check(Order order)
    {
        var c = new InputCheck();
        c.Present("id", order.Id).Customer("customer", order.Customer).Present("currency", order.Currency)
            .Defined("status", order.Status).Defined("channel", order.Channel).Defined("priority", order.Priority)
            .Key("timeZoneId", order.TimeZoneId).Text("qualityRequirements", order.QualityRequirements)
            .Date("requestedDeliveryDate", order.RequestedDeliveryDate).Instant("receivedAt", order.ReceivedAt).Instant("updatedAt", order.UpdatedAt);
        if (order.Version < 1)
        {
            c.Add(Code, $"version {order.Version} is not positive: an order has at least its OrderReceived event.");
        }

        if (order.Status == OrderStatus.Draft)
        {
            c.Add(Code, "status Draft is the state before an order exists.");
        }

        if (order.Lines.IsEmpty)
        {
            c.Add(Code, "lines: an order has at least one line.");
        }

        c.Lines("lines", order.Lines);
        if (order.PaymentTerms is null)
        {
            c.Add(ViolationCodes.MissingValue, "paymentTerms is missing.");
        }
        else
        {
            c.Terms("paymentTerms", order.PaymentTerms);
        }

        if (order.TimeZoneId is { } zone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            c.Add(ViolationCodes.UnknownTimeZone, $"timeZoneId {InputCheck.Quote(zone)} is not a known IANA time zone.");
        }

        if (!c.IsValid)
        {
            return c.Violations; // the rest reads the basics checked above
        }

        if (order.UpdatedAt < order.ReceivedAt)
        {
            c.Add(Code, $"updatedAt {order.UpdatedAt} is before receivedAt {order.ReceivedAt}.");
        }

        CheckStageData(order, c);
        CheckCurrency(order, c);
        CheckHistorySizes(order, c);
        c.List("appliedCommands", order.AppliedCommands, KernelLimits.IdempotencyWindow, static (c, path, a) => c.Key($"{path}.idempotencyKey", a.IdempotencyKey).Key($"{path}.fingerprint", a.Fingerprint));
        return c.Violations;
    }

    // The order's history lists, each with the area record that holds it and the count a decision may grow: the one
    // place that lists them.
    private static readonly (string Name, Area Area, Func<Order, int> Count)[] Histories =
    [
        ("payments", Area.Ledger, o => o.Payments.Count),
        ("refunds", Area.Settlement, o => o.Refunds.Count),
        ("shipments", Area.Shipping, o => o.Shipments.Count),
        ("returns", Area.Settlement, o => o.Returns.Count),
        ("invoices", Area.Settlement, o => o.Invoices.Count),
        ("creditNotes", Area.Settlement, o => o.CreditNotes.Count),
        ("bankAcceptanceBills", Area.Ledger, o => o.BankAcceptanceBills.Count),
        ("supplementalOrders", Area.Shipping, o => o.SupplementalOrders.Count),
        ("changeRequests", Area.Changes, o => o.ChangeRequests.Count),
        ("changeLog", Area.Changes, o => o.ChangeLog.Count),
        ("holdHistory", Area.Holds, o => o.HoldHistory.Count),
        ("excusableDelays", Area.Delays, o => o.ExcusableDelays.Count),
        ("serviceLevelBreaches", Area.ServiceLevels, o => o.ServiceLevelBreaches.Count),
        ("hostMilestones", Area.ServiceLevels, o => o.HostMilestones.Count),
        ("hostServiceLevelBreaches", Area.ServiceLevels, o => o.HostServiceLevelBreaches.Count),
        ("production.progress", Area.Making, o => o.Production?.Progress.Count ?? 0),
        ("production.issues", Area.Making, o => o.Production?.Issues.Count ?? 0),
        ("quotation.history", Area.Commercial, o => o.Quotation?.History.Count ?? 0),
        ("documents", Area.File, o => o.Documents.Count),
        ("complaints", Area.AfterSales, o => o.Complaints.Count),
        ("exchanges", Area.AfterSales, o => o.Exchanges.Count),
    ];

    private enum Area
    {
        Ledger,
        Settlement,
        Shipping,
        Changes,
        Holds,
        Delays,
        ServiceLevels,
        Making,
        Commercial,
        File,
        AfterSales,
    }

    /// <summary>
    /// Refuses a decision that would take one of the order's history lists beyond <see cref="KernelLimits.MaxHistoryEntries"/>
    /// (a list already at its limit can only have been read so; it does not grow further). A list whose area record the
    /// decision left as it was (the same record) did not grow, so only the areas the decision changed are counted.
    /// </summary>
    public static Violation? FullHistory(Order? before, Order after)
    {
        foreach (var (name, area, count) in Histories)
        {
            if (before is not null && Same(before, after, area))
            {
                continue;
            }

            var n = count(after);
            if (n > KernelLimits.MaxHistoryEntries && (before is null || count(before) < n))
            {
                return Violation.Of(
                    ViolationCodes.HistoryFull,
                    $"The order's {name} already hold {KernelLimits.MaxHistoryEntries} entries, the most an order keeps; split the work into a new order.",
                    "kernel");
            }
        }

        return null;
    }

    private static bool Same(Order before, Order after, Area area) => area switch
    {
        Area.Ledger => ReferenceEquals(before.Ledger, after.Ledger),
        Area.Settlement => ReferenceEquals(before.Settlement, after.Settlement),
        Area.Shipping => ReferenceEquals(before.Shipping, after.Shipping),
        Area.Changes => ReferenceEquals(before.Changes, after.Changes),
        Area.Holds => ReferenceEquals(before.Holds, after.Holds),
        Area.Delays => ReferenceEquals(before.Delays, after.Delays),
        Area.ServiceLevels => ReferenceEquals(before.ServiceLevels, after.ServiceLevels),
        Area.Making => ReferenceEquals(before.Making, after.Making),
        Area.Commercial => ReferenceEquals(before.Commercial, after.Commercial),
        Area.File => ReferenceEquals(before.File, after.File),
        _ => ReferenceEquals(before.AfterSales, after.AfterSales),
    };

    private static void CheckHistorySizes(Order order, InputCheck c)
    {
        foreach (var (name, _, count) in Histories)
        {
            if (count(order) is var n && n > KernelLimits.MaxHistoryEntries)
            {
                c.Add(ViolationCodes.HistoryFull, $"{name} has {n} entries; an order keeps at most {KernelLimits.MaxHistoryEntries}.");
            }
        }
    }

    private static void CheckStageData(Order o, InputCheck c)
    {
        var s = o.Status;
        Require(c, s, s == OrderStatus.AwaitingCompletion, o.CompletionRequest, "completionRequest");
        Require(c, s, From(s, OrderStatus.Recorded), o.Registration, "registration");
        Require(c, s, From(s, OrderStatus.UnderReview), o.Review, "review");
        Require(c, s, From(s, OrderStatus.Quoted), o.Quotation, "quotation");
        Require(c, s, From(s, OrderStatus.ContractAwaitingCheck), o.Contract, "contract");
        Require(c, s, From(s, OrderStatus.InProduction), o.Production, "production");
        Require(c, s, From(s, OrderStatus.Inspected), o.Inspection, "inspection");
        Require(c, s, From(s, OrderStatus.ReleasedForShipment), o.ShipmentRelease, "shipmentRelease");
        Require(c, s, From(s, OrderStatus.Delivered), o.Delivery, "delivery");
        Require(c, s, s == OrderStatus.Completed, o.CompletedAt, "completedAt");
        Require(c, s, s == OrderStatus.Cancelled, o.Cancellation, "cancellation");
        Require(c, s, s == OrderStatus.Closed, o.ClosedAt, "closedAt");
        if (From(s, OrderStatus.Shipped) && o.Shipments.IsEmpty)
        {
            c.Add(Code, $"status {s} needs at least one shipment.");
        }
    }

    // The main path is the enum's order; Lost, Cancelled and Closed can be reached from many stages and imply only their own record.
    private static bool From(OrderStatus status, OrderStatus stage) =>
        status is not (OrderStatus.Lost or OrderStatus.Cancelled or OrderStatus.Closed) && status >= stage;

    private static void Require(InputCheck c, OrderStatus status, bool required, object? data, string name)
    {
        if (required && data is null)
        {
            c.Add(Code, $"status {status} needs {name}, which is missing.");
        }
    }

    private static void CheckCurrency(Order o, InputCheck c)
    {
        void Same(string name, Money? money)
        {
            if (money is { } m && (m.IsDefault || !m.Currency.Equals(o.Currency)))
            {
                c.Add(ViolationCodes.CurrencyMismatch, $"{name} is {(m.IsDefault ? "missing" : m.Currency.Code)}, the order's currency is {o.Currency.Code}.");
            }
        }

        foreach (var p in o.Payments)
        {
            Same("payments[].amount", p?.Amount);
            Positive("payments[].amount", p?.Amount);
        }

        foreach (var r in o.Refunds)
        {
            Same("refunds[].amount", r?.Amount);
            Positive("refunds[].amount", r?.Amount);
        }

        void Positive(string name, Money? money)
        {
            if (money is { IsDefault: false, IsPositive: false } m)
            {
                c.Add(Code, $"{name} {m} is not positive.");
            }
        }

        Same("contract.amount", o.Contract?.Amount);
        Same("quotation.total", o.Quotation?.Total);
        Same("letterOfCredit.amount", o.LetterOfCredit?.Amount);
        Same("cancellation.charge", o.Cancellation?.Charge);
    }
}
