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
        if (SignedTerms.Of(order) is not { Contract: var contract, Quotation: var quotation })
        {
            return new SettlementStatement(default, Money.Zero(currency));
        }

        var signed = contract.Amount;
        foreach (var change in order.ChangeLog)
        {
            signed -= change.AmountChange;
        }

        // R43: the contract's line refers to the invoices issued for it and the credit notes correcting them.
        var sources = new List<string> { $"contract-signed.v1 {contract.Number}" };
        foreach (var i in order.Invoices)
        {
            sources.Add($"invoice-issued.v1 {i.Number}");
        }

        foreach (var n in order.CreditNotes)
        {
            sources.Add($"credit-note-issued.v1 {n.Number} for {n.InvoiceNumber}");
        }

        var lines = new List<StatementLine>
        {
            new($"Contract {contract.Number} ({contract.QuotationNumber})", signed, ValueList<string>.From(sources)),
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
            TrueUp(order, quotation, policies, lines);
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
    internal static void TrueUp(Order order, Quotation quotation, OrderPolicies policies, List<StatementLine> lines)
    {
        var quoted = QuotedLines(quotation);
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
                lines.Add(new StatementLine(
                    string.Create(CultureInfo.InvariantCulture, $"Delivered-quantity true-up, line {line.Id}: {shipped} of {line.Quantity} delivered"),
                    NetValue(q, difference, order, policies),
                    ValueList<string>.Of("order-shipped.v1")));
            }
        }
    }

    /// <summary>The quotation's lines by order line, the first for each (as a search from the start finds it).</summary>
    internal static Dictionary<LineId, QuotationLine> QuotedLines(Quotation quotation)
    {
        var quoted = new Dictionary<LineId, QuotationLine>();
        foreach (var q in quotation.Lines)
        {
            quoted.TryAdd(q.Line, q);
        }

        return quoted;
    }

    /// <summary>A quantity of a quoted line at its net quoted unit price, rounded by the rounding policy.</summary>
    internal static Money NetValue(QuotationLine q, decimal quantity, Order order, OrderPolicies policies) =>
        policies.Rounding.Apply(q.Amount.Amount * quantity / q.Quantity.Value, order.Currency);
}
