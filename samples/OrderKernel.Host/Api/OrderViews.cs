using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Host.Storage;
using OrderKernel.Policies;
using OrderKernel.Serialization;

namespace OrderKernel.Host.Api;

/// <summary>The JSON the API answers with: everything shown is the kernel's own answer, formatted.</summary>
public static class OrderViews
{
    /// <summary>Gets the service-level state of an order: overdue, at risk or on time (from the service-level monitor).</summary>
    /// <param name="order">The order.</param>
    /// <param name="now">The host's clock.</param>
    /// <param name="policies">The policies.</param>
    /// <param name="warnWithin">How close to a deadline counts as at risk.</param>
    /// <returns>"overdue", "at-risk" or "on-time".</returns>
    public static string ServiceLevelState(Order order, Instant now, OrderPolicies policies, Duration warnWithin)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var checks = ServiceLevelMonitor.Check(order, now, policies.ServiceLevels, warnWithin);
        return checks.Any(c => c.State == DeadlineState.Overdue) ? "overdue"
            : checks.Any(c => c.State == DeadlineState.AtRisk) ? "at-risk"
            : "on-time";
    }

    /// <summary>One row of the order list.</summary>
    /// <param name="order">The order.</param>
    /// <param name="now">The host's clock.</param>
    /// <param name="policies">The policies.</param>
    /// <param name="warnWithin">The warning window.</param>
    /// <returns>The row.</returns>
    public static JsonObject Summary(Order order, Instant now, OrderPolicies policies, Duration warnWithin)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new JsonObject
        {
            ["id"] = order.Id.Value,
            ["version"] = order.Version,
            ["status"] = order.Status.ToString(),
            ["customer"] = order.Customer.Name,
            ["orderNumber"] = order.Registration?.OrderNumber,
            ["serviceLevel"] = ServiceLevelState(order, now, policies, warnWithin),
        };
    }

    /// <summary>The order page's data: snapshot, permitted commands with reasons, deadlines, penalty trace, statement, notices.</summary>
    /// <param name="order">The order.</param>
    /// <param name="context">The reader's decision context (their actor, the host's clock and policies).</param>
    /// <param name="warnWithin">The warning window.</param>
    /// <param name="notices">The reminder service's notices.</param>
    /// <returns>The view.</returns>
    public static JsonObject Detail(Order order, DecisionContext context, Duration warnWithin, IReadOnlyList<Notice> notices)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(context);
        var permittedKinds = OrderDecider.PermittedKinds(order, context);
        var view = Summary(order, context.Now, context.Policies, warnWithin);
        view["actor"] = new JsonObject { ["id"] = context.Actor.Id.Value, ["name"] = context.Actor.Name, ["roles"] = Array(context.Actor.Roles.Select(r => r.Name)) };
        view["permittedKinds"] = Array(permittedKinds.ToList().Select(k => k.ToString()));
        view["commands"] = new JsonArray([.. OrderDecider.PermittedCommands(order, context).Select(a => (JsonNode)new JsonObject
        {
            ["kind"] = a.Kind.ToString(),
            ["permitted"] = a.IsPermitted,
            ["prerequisite"] = a.Prerequisite?.ToString(),
            ["reasons"] = Violations(a.Reasons),
        })]);
        view["deadlines"] = new JsonArray([.. ServiceLevelMonitor.Check(order, context.Now, context.Policies.ServiceLevels, warnWithin).Select(c => (JsonNode)new JsonObject
        {
            ["step"] = c.Deadline.Level.Step.ToString(),
            ["limitHours"] = c.Deadline.Level.Limit.TotalHours,
            ["basis"] = c.Deadline.Level.Basis.ToString(),
            ["startedAt"] = Iso(c.Deadline.StartedAt),
            ["dueAt"] = Iso(c.Deadline.DueAt),
            ["completedAt"] = c.Deadline.CompletedAt is { } done ? Iso(done) : null,
            ["state"] = c.State.ToString(),
            ["breached"] = c.State is DeadlineState.Overdue or DeadlineState.CompletedLate,
            ["overdueMinutes"] = c.Overdue.TotalMinutes,
            ["remainingMinutes"] = c.Remaining.TotalMinutes,
        })]);
        view["penalty"] = order.DelayPenalty is { } p ? new JsonObject
        {
            ["contractDate"] = LocalDatePattern.Iso.Format(p.ContractDate),
            ["completionDate"] = LocalDatePattern.Iso.Format(p.CompletionDate),
            ["daysLate"] = p.DaysLate,
            ["chargeableDays"] = p.ChargeableDays,
            ["amount"] = p.Amount.ToString(),
            ["responsibleParties"] = Array(p.ResponsibleParties),
            ["pointsPerParty"] = p.PointsPerParty,
            ["trace"] = new JsonArray([.. p.Trace.Select(t => (JsonNode)new JsonObject { ["step"] = t.Step, ["amount"] = t.Amount, ["points"] = t.Points })]),
        } : null;
        view["statement"] = order.Contract is null ? null : Statement(Settlement.Statement(order, context.Policies));
        view["notices"] = new JsonArray([.. notices.Select(n => (JsonNode)new JsonObject { ["step"] = n.Step, ["state"] = n.State, ["dueAt"] = n.DueAt, ["recordedAt"] = n.RecordedAt })]);
        view["snapshot"] = JsonNode.Parse(OrderKernelJson.WriteSnapshot(order));
        return view;
    }

    /// <summary>The stored events of an order.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The view.</returns>
    public static JsonArray Events(IReadOnlyList<StoredEvent> events) =>
        [.. events.Select(e => (JsonNode)new JsonObject
        {
            ["version"] = e.Version,
            ["type"] = e.Type,
            ["at"] = Iso(e.Event.At),
            ["by"] = e.Event.By.Value,
            ["event"] = JsonNode.Parse(e.Json),
        })];

    /// <summary>Violations as JSON: code, rule, message.</summary>
    /// <param name="violations">The violations.</param>
    /// <returns>The array.</returns>
    public static JsonArray Violations(IEnumerable<Violation> violations) =>
        [.. violations.Select(v => (JsonNode)new JsonObject { ["code"] = v.Code, ["rule"] = v.Rule, ["message"] = v.Message })];

    /// <summary>Formats an instant as ISO-8601.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static JsonObject Statement(SettlementStatement s) => new()
    {
        ["lines"] = new JsonArray([.. s.Lines.Select(l => (JsonNode)new JsonObject { ["description"] = l.Description, ["amount"] = l.Amount.ToString(), ["sources"] = Array(l.Sources) })]),
        ["amountDue"] = s.AmountDue.ToString(),
        ["standing"] = s.Standing.ToString(),
        ["settled"] = s.IsSettled,
    };

    private static JsonArray Array(IEnumerable<string> items) => [.. items.Select(i => (JsonNode)JsonValue.Create(i))];
}
