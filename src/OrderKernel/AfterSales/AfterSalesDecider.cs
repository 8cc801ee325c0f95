using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>After-sales (R45): complaints against the warranty, their resolution and its settlement effect, and exchanges.</summary>
internal static class AfterSalesDecider
{
    private const string Rule = "R45";

    public static Outcome Decide(Order state, RegisterComplaint c, DecisionContext ctx)
    {
        if (state.Delivery is not { } delivery)
        {
            return Outcome.Reject(ViolationCodes.NotDelivered, "Complaints concern delivered goods; this order was never delivered.", Rule);
        }

        if (Find(state.Complaints, c.ComplaintId) is not null)
        {
            return Outcome.Reject(ViolationCodes.AfterSalesIdInUse, $"Complaint {c.ComplaintId} is already registered.", Rule);
        }

        if (CheckLine(state, c.Line, c.Quantity, 0m) is { } refusal)
        {
            return refusal;
        }

        var zone = state.Zone;
        var line = LineOf(state, c.Line)!;
        var term = ctx.Policies.Warranty.WarrantyFor(new WarrantyQuestion(line, delivery.ReceivedAt.InZone(zone).Date));
        var within = ctx.Now.InZone(zone).Date <= term.Ends;
        return Outcome.Emit(new ComplaintRegistered(new Complaint(c.ComplaintId, c.Line, c.Quantity, c.Description, term.Ends, within, term.Basis, ctx.Actor.Id, ctx.Now, null)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ResolveComplaint c, DecisionContext ctx)
    {
        if (FindComplaint(state, c.ComplaintId) is not { } complaint)
        {
            return Outcome.Reject(ViolationCodes.AfterSalesUnknownId, $"There is no complaint {c.ComplaintId}.", Rule);
        }

        if (complaint.Resolution is { } done)
        {
            return Outcome.Reject(ViolationCodes.ComplaintAlreadyResolved, $"Complaint {c.ComplaintId} was resolved by {done.Remedy} at {done.ResolvedAt}.", Rule);
        }

        if (c.Amount is { } money && !money.Currency.Equals(state.Currency))
        {
            return Outcome.Reject(ViolationCodes.CurrencyMismatch, $"Amounts of this order are in {state.Currency}.", Rule);
        }

        var zero = Money.Zero(state.Currency);
        var amount = c.Amount ?? zero;
        if (amount.IsNegative || (c.Remedy == ComplaintRemedy.Refund && !amount.IsPositive))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"A refund needs a positive amount, a charge cannot be negative; got {amount}.", Rule);
        }

        if (c.Remedy == ComplaintRemedy.Refund)
        {
            var value = NetValue(state, complaint, ctx);
            var available = Paid(state) - Credited(state);
            if (amount > value || amount > available)
            {
                return Outcome.Reject(ViolationCodes.RefundExceedsPaid, $"A complaint refund is at most the complained goods' net value {value} and what the customer paid less earlier credits, {available}; got {amount}.", Rule);
            }
        }
        else if (complaint.WithinWarranty && amount.IsPositive)
        {
            return Outcome.Reject(ViolationCodes.FreeWithinWarranty, $"A {c.Remedy} within warranty (until {complaint.WarrantyEnds:uuuu-MM-dd}) is free; got a charge of {amount}.", Rule);
        }

        var resolution = c.Remedy == ComplaintRemedy.Refund
            ? new ComplaintResolution(c.Remedy, amount, zero, c.Note, ctx.Actor.Id, ctx.Now)
            : new ComplaintResolution(c.Remedy, zero, amount, c.Note, ctx.Actor.Id, ctx.Now);
        var resolved = new ComplaintResolved(c.ComplaintId, resolution) { At = ctx.Now, By = ctx.Actor.Id };
        if (c.Remedy != ComplaintRemedy.Replacement)
        {
            return Outcome.Emit(resolved);
        }

        if (Find(state.Exchanges, c.ComplaintId) is not null)
        {
            return Outcome.Reject(ViolationCodes.AfterSalesIdInUse, $"Exchange {c.ComplaintId} already exists: a replacement opens the exchange of the complaint's id.", Rule);
        }

        return Outcome.Emit(resolved, new ExchangeOpened(new Exchange(c.ComplaintId, complaint.Line, complaint.Quantity, complaint.Description, c.ComplaintId, ctx.Now, null, null)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, OpenExchange c, DecisionContext ctx)
    {
        if (state.Delivery is null)
        {
            return Outcome.Reject(ViolationCodes.NotDelivered, "Exchanges concern delivered goods; this order was never delivered.", Rule);
        }

        if (Find(state.Exchanges, c.ExchangeId) is not null)
        {
            return Outcome.Reject(ViolationCodes.AfterSalesIdInUse, $"Exchange {c.ExchangeId} already exists.", Rule);
        }

        var taken = 0m;
        foreach (var e in state.Exchanges)
        {
            taken += e.Line.Equals(c.Line) ? e.Quantity.Value : 0m;
        }

        foreach (var r in state.Returns)
        {
            taken += r.Line.Equals(c.Line) ? r.Quantity.Value : 0m;
        }

        return CheckLine(state, c.Line, c.Quantity, taken)
            ?? Outcome.Emit(new ExchangeOpened(new Exchange(c.ExchangeId, c.Line, c.Quantity, c.Reason, null, ctx.Now, null, null)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, ShipReplacement c, DecisionContext ctx)
    {
        if (FindExchange(state, c.ExchangeId) is not { } exchange)
        {
            return Outcome.Reject(ViolationCodes.AfterSalesUnknownId, $"There is no exchange {c.ExchangeId}.", Rule);
        }

        if (exchange.ShippedAt is { } at)
        {
            return Outcome.Reject(ViolationCodes.ReplacementAlreadyShipped, $"The replacement of exchange {c.ExchangeId} shipped at {at} (waybill {exchange.Waybill}).", Rule);
        }

        return Outcome.Emit(new ReplacementShipped(c.ExchangeId, c.Waybill) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Order Apply(Order s, ComplaintRegistered e) => s with { Complaints = s.Complaints.Add(e.Complaint, s.Fold) };

    public static Order Apply(Order s, ComplaintResolved e)
    {
        var list = s.Complaints;
        for (var i = 0; i < list.Count; i++)
        {
            list = list[i].Id == e.ComplaintId ? list.SetItem(i, list[i] with { Resolution = e.Resolution }) : list;
        }

        return s with { Complaints = list };
    }

    public static Order Apply(Order s, ExchangeOpened e) => s with { Exchanges = s.Exchanges.Add(e.Exchange, s.Fold) };

    public static Order Apply(Order s, ReplacementShipped e)
    {
        var list = s.Exchanges;
        for (var i = 0; i < list.Count; i++)
        {
            list = list[i].Id == e.ExchangeId ? list.SetItem(i, list[i] with { Waybill = e.Waybill, ShippedAt = e.At }) : list;
        }

        return s with { Exchanges = list };
    }

    /// <summary>What the customer paid in all, before refunds (refunds pay credits out; they do not reduce what credits may reach).</summary>
    internal static Money Paid(Order state)
    {
        var total = Money.Zero(state.Currency);
        foreach (var p in state.Payments)
        {
            total += p.Amount;
        }

        return total;
    }

    /// <summary>What the order has credited the customer after delivery: return credit notes and complaint refunds.</summary>
    internal static Money Credited(Order state)
    {
        var total = Money.Zero(state.Currency);
        foreach (var r in state.Returns)
        {
            total += r.Credit;
        }

        foreach (var c in state.Complaints)
        {
            total += c.Resolution?.Credit ?? Money.Zero(state.Currency);
        }

        return total;
    }

    private static Money NetValue(Order state, Complaint complaint, DecisionContext ctx) =>
        state.Quotation?.LineFor(complaint.Line) is { } q
            ? ctx.Policies.Rounding.Apply(q.Amount.Amount * complaint.Quantity.Value / q.Quantity.Value, state.Currency)
            : Money.Zero(state.Currency);

    private static Outcome? CheckLine(Order state, LineId id, Quantity quantity, decimal taken)
    {
        if (LineOf(state, id) is not { } line || !quantity.Unit.Equals(line.Quantity.Unit) || quantity.Value <= 0m)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"After-sales names an order line and a positive quantity in its unit ({id}).", Rule);
        }

        var shipped = state.ShippedQuantity(id);
        return taken + quantity.Value > shipped
            ? Outcome.Reject(ViolationCodes.QuantityExceedsDelivered, $"Only {shipped - taken} {line.Quantity.Unit} of line {id} were delivered and not yet returned or exchanged; got {quantity.Value}.", Rule)
            : null;
    }

    private static OrderLine? LineOf(Order state, LineId id)
    {
        foreach (var l in state.Lines)
        {
            if (l.Id.Equals(id))
            {
                return l;
            }
        }

        return null;
    }

    private static Complaint? FindComplaint(Order state, string id) => Find(state.Complaints, id);

    private static Exchange? FindExchange(Order state, string id) => Find(state.Exchanges, id);

    private static Complaint? Find(ValueList<Complaint> list, string id)
    {
        foreach (var c in list)
        {
            if (c.Id == id)
            {
                return c;
            }
        }

        return null;
    }

    private static Exchange? Find(ValueList<Exchange> list, string id)
    {
        foreach (var e in list)
        {
            if (e.Id == id)
            {
                return e;
            }
        }

        return null;
    }
}
