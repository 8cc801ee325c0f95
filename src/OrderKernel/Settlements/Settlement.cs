using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime.Text;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>
/// Builds an order's settlement statement (R42–R45) from its state: the contract amount, the delivered-quantity true-up,
/// the delay penalty as assessed (never recomputed), cancellation charges, payments, refunds and credit notes.
/// </summary>
public static class Settlement
{
    /// <summary>Builds the statement.</summary>
    /// <param name="order">The order.</param>
    /// <param name="policies">The policies (invoice basis and rounding).</param>
    /// <returns>The statement; empty with nothing due before the contract.</returns>
    public static SettlementStatement Statement(Order order, OrderPolicies policies)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(policies);
        var currency = order.Currency;
        if (order.Contract is not { } contract)
        {
            return new SettlementStatement(default, Money.Zero(currency));
        }

        var signed = contract.Amount;
        foreach (var change in order.ChangeLog)
        {
            signed -= change.AmountChange;
        }

        var lines = new List<StatementLine>
        {
            new($"Contract {contract.Number} ({contract.QuotationNumber})", signed, ValueList<string>.Of($"contract-signed.v1 {contract.Number}")),
        };

        foreach (var change in order.ChangeLog)
        {
            if (!change.AmountChange.IsZero)
            {
                var what = change.Diff.IsEmpty ? change.Kind.ToString() : $"{change.Diff[0].Field} {change.Diff[0].Old} -> {change.Diff[0].New}";
                lines.Add(new StatementLine($"Change {change.ChangeId} (revision {change.Revision}): {what}", change.AmountChange, ValueList<string>.Of($"change-applied.v1 {change.ChangeId}")));
            }
        }

        if (order.Cancellation is { } cancellation)
        {
            lines.Add(new StatementLine($"Contract released by cancellation: {cancellation.Reason}", -contract.Amount, ValueList<string>.Of("order-cancelled.v1")));
            if (!cancellation.Charge.IsZero)
            {
                lines.Add(new StatementLine($"Cancellation charge ({cancellation.Explanation})", cancellation.Charge, ValueList<string>.Of("order-cancelled.v1")));
            }
        }
        else if (policies.InvoiceBasis == InvoiceBasis.Delivered && order.Delivery is not null)
        {
            TrueUp(order, policies, lines);
        }

        if (order.DelayPenalty is { Amount.IsPositive: true } penalty)
        {
            lines.Add(new StatementLine(
                string.Create(CultureInfo.InvariantCulture, $"Delay penalty: {penalty.ChargeableDays} chargeable day(s) after {LocalDatePattern.Iso.Format(penalty.ContractDate)}"),
                -penalty.Amount,
                ValueList<string>.Of($"delay-penalty-assessed.v1 as of {LocalDatePattern.Iso.Format(penalty.AsOf)}")));
        }

        foreach (var r in order.Returns)
        {
            if (r.Credit.IsPositive)
            {
                lines.Add(new StatementLine($"Credit note: {r.Quantity} of line {r.Line} returned ({r.Reason})", -r.Credit, ValueList<string>.Of($"return-recorded.v1 line {r.Line}")));
            }
        }

        foreach (var c in order.Complaints)
        {
            if (c.Resolution is { } r && (r.Credit.IsPositive || r.Charge.IsPositive))
            {
                lines.Add(new StatementLine(
                    $"Complaint {c.Id}: {c.Quantity} of line {c.Line} resolved by {r.Remedy}{(c.WithinWarranty ? "" : " outside warranty")}",
                    r.Charge - r.Credit,
                    ValueList<string>.Of($"complaint-resolved.v1 {c.Id}")));
            }
        }

        foreach (var p in order.Payments)
        {
            lines.Add(new StatementLine($"Payment {p.Reference} from {p.Remitter} ({p.Instrument})", -p.Amount, ValueList<string>.Of($"payment-confirmed.v1 {p.Reference}")));
        }

        foreach (var r in order.Refunds)
        {
            lines.Add(new StatementLine($"Refund {r.Reference} ({r.Reason})", r.Amount, ValueList<string>.Of($"refund-recorded.v1 {r.Reference}")));
        }

        var due = Money.Zero(currency);
        foreach (var l in lines)
        {
            due += l.Amount;
        }

        return new SettlementStatement(ValueList<StatementLine>.From(lines), due);
    }

    /// <summary>Invoices what was delivered (R44): per line, (shipped − ordered) × the line's net quoted unit price.</summary>
    private static void TrueUp(Order order, OrderPolicies policies, List<StatementLine> lines)
    {
        var quoted = new Dictionary<LineId, QuotationLine>();
        foreach (var q in order.Quotation!.Lines)
        {
            quoted.TryAdd(q.Line, q); // the first, as a search from the start finds it
        }

        var shippedSoFar = order.ShippedQuantities();
        foreach (var line in order.Lines)
        {
            var shipped = shippedSoFar.GetValueOrDefault(line.Id);
            var difference = shipped - line.Quantity.Value;
            if (difference == 0m)
            {
                continue;
            }

            if (quoted.GetValueOrDefault(line.Id) is { } q)
            {
                var amount = policies.Rounding.Apply(q.Amount.Amount * difference / q.Quantity.Value, order.Currency);
                lines.Add(new StatementLine(
                    string.Create(CultureInfo.InvariantCulture, $"Delivered-quantity true-up, line {line.Id}: {shipped} of {line.Quantity} delivered"),
                    amount,
                    ValueList<string>.Of("order-shipped.v1")));
            }
        }
    }
}
