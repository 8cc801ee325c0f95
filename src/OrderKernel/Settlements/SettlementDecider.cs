using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Refunds and returns (R43, R45).</summary>
internal static class SettlementDecider
{
    public static Outcome Decide(Order state, RecordRefund c, DecisionContext ctx)
    {
        if (!c.Amount.Currency.Equals(state.Currency))
        {
            return Outcome.Reject(ViolationCodes.CurrencyMismatch, $"A refund of this order is in {state.Currency}.", "R43");
        }

        if (!c.Amount.IsPositive || c.Amount > state.TotalPaid || string.IsNullOrWhiteSpace(c.Reference) || string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.PaymentAmountInvalid, $"A refund needs a reference, a reason and a positive amount of at most the {state.TotalPaid} paid; got {c.Amount}.", "R43");
        }

        return Outcome.Emit(new RefundRecorded(c.Amount, c.Reference, c.Reason) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, Quotation quotation, RecordReturn c, DecisionContext ctx)
    {
        OrderLine? line = null;
        foreach (var l in state.Lines)
        {
            line = l.Id.Equals(c.Line) ? l : line;
        }

        if (line is null || string.IsNullOrWhiteSpace(c.Reason) || !c.Quantity.Unit.Equals(line.Quantity.Unit) || c.Quantity.Value <= 0m)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"A return names an order line, a positive quantity in its unit and a reason ({c.Line}).", "R45");
        }

        var returned = 0m;
        foreach (var r in state.Returns)
        {
            returned += r.Line.Equals(c.Line) ? r.Quantity.Value : 0m;
        }

        var shipped = state.ShippedQuantity(line.Id);
        if (returned + c.Quantity.Value > shipped)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"Only {shipped - returned} {line.Quantity.Unit} of line {line.Id} can still be returned.", "R45");
        }

        var credit = Money.Zero(state.Currency);
        if (c.Disposition == ReturnKind.Return && quotation.LineFor(line.Id) is { } q)
        {
            credit = ctx.Policies.Rounding.Apply(q.Amount.Amount * c.Quantity.Value / q.Quantity.Value, state.Currency);
        }

        return Outcome.Emit(new ReturnRecorded(new ReturnRecord(c.Line, c.Quantity, c.Disposition, c.Reason, credit, ctx.Now)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    /// <summary>Guard: nothing is owed either way (R43).</summary>
    public static Violation? CheckSettled(Order state, OrderPolicies policies)
    {
        var statement = Settlement.Statement(state, policies);
        if (statement.IsSettled)
        {
            return null;
        }

        return Violation.Deferred(
            ViolationCodes.NotFullyPaid,
            "R43",
            statement.AmountDue,
            static due => $"The order is not settled: {(due.IsPositive ? $"{due} is still due from the customer" : $"{-due} is still owed to the customer (refund)")}.");
    }

    public static Order Apply(Order s, RefundRecorded e)
    {
        // As for payments: the net paid stays one amount in the order's currency, or the fold refuses the event.
        _ = s.TotalPaid - e.Amount;
        return s with { Refunds = s.Refunds.Add(new Refund(e.Amount, e.Reference, e.Reason, e.By, e.At), s.Fold) };
    }

    public static Order Apply(Order s, ReturnRecorded e) => s with { Returns = s.Returns.Add(e.Return, s.Fold) };
}
