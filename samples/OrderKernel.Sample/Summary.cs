using System.Globalization;
using NodaTime;

namespace OrderKernel.Sample;

/// <summary>The closing sections of a timeline: time limits, penalty trace, settlement statement, summary.</summary>
public static class Summary
{
    /// <summary>Writes the time limits, the penalty trace, the settlement statement and the summary.</summary>
    /// <param name="t">The timeline.</param>
    public static void Write(Timeline t)
    {
        if (t.State is not { } order)
        {
            t.Section("Summary");
            t.Line("No order was received.");
            return;
        }

        t.Section("Time limits (R38) on the Asia/Shanghai business calendar");
        foreach (var c in ServiceLevelMonitor.Check(order, order.Milestones[^1].At, t.Policies.ServiceLevels, Duration.FromMinutes(30)))
        {
            var d = c.Deadline;
            var late = c.State == DeadlineState.CompletedLate ? $" LATE by {c.Overdue.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min" : string.Empty;
            t.Line($"  {d.Level.Step,-20} limit {d.Level.Limit.TotalHours.ToString(CultureInfo.InvariantCulture),2} h {d.Level.Basis,-7} started {t.Format(d.StartedAt)}  due {t.Format(d.DueAt)}  done {(d.CompletedAt is { } x ? t.Format(x) : "-")}  {c.State}{late}");
        }

        if (order.DelayPenalty is { } p)
        {
            t.Section("Delay penalty trace");
            t.Line($"  contractual date {NodaTime.Text.LocalDatePattern.Iso.Format(p.ContractDate)}, delivered {NodaTime.Text.LocalDatePattern.Iso.Format(p.CompletionDate)}: {p.DaysLate} day(s) late, {p.ChargeableDays} chargeable");
            foreach (var line in p.Trace)
            {
                t.Line($"  - {line.Step}: {line.Amount.ToString(CultureInfo.InvariantCulture)}{(line.Points > 0 ? $", {line.Points.ToString(CultureInfo.InvariantCulture)} point(s)" : string.Empty)}");
            }

            t.Line($"  penalty {p.Amount}; {string.Join(", ", p.ResponsibleParties)} lose(s) {p.PointsPerParty.ToString(CultureInfo.InvariantCulture)} point(s) each");
        }

        if (order.Contract is not null)
        {
            t.Section("Settlement statement (R43)");
            var statement = Settlement.Statement(order, t.Policies);
            foreach (var line in statement.Lines)
            {
                t.Line($"  {line.Description,-72} {line.Amount,16}   [{string.Join("; ", line.Sources)}]");
            }

            t.Line($"  {"Amount due",-72} {statement.AmountDue,16}");
            foreach (var i in order.Invoices)
            {
                t.Line($"  invoice {i.Number} for {(i.Shipment is { } n ? $"shipment {n}" : "the order")}: {i.Amount}, {Invoicing.Outstanding(order, i)} left after credit notes");
            }

            foreach (var n in order.CreditNotes)
            {
                t.Line($"  credit note {n.Number} against {n.InvoiceNumber}: {n.Amount} ({n.Reason})");
            }

            t.Line($"  invoiced {Invoicing.NetInvoiced(order)} net of {Invoicing.Invoiceable(order, t.Policies)} invoiceable (contract with changes and delivered quantities)");
        }

        t.Section("Summary");
        t.Line($"Order {order.Registration?.OrderNumber ?? "(not recorded)"}, contract {order.Contract?.Number ?? "(none)"}, quotation {order.Quotation?.Number ?? "(none)"} ({order.Quotation?.History.Count ?? 0} earlier revisions kept), revision {order.Revision} with {order.ChangeLog.Count} change(s) recorded");
        if (order.Contract is { } contract)
        {
            t.Line($"Contract amount {contract.Amount}; paid {order.TotalPaid} net in {order.Payments.Count} payment(s) and {order.Refunds.Count} refund(s)");
            foreach (var i in contract.Installments)
            {
                t.Line($"  installment {i.Installment.Name,-8} {i.Installment.Share,6} {i.Amount,16} due {i.Installment.Due}");
            }
        }

        foreach (var shipment in order.Shipments)
        {
            t.Line($"Shipped {t.Format(shipment.ShippedAt)} by {shipment.Carrier}: {string.Join(", ", shipment.Lines.Select(l => $"{l.Quantity} of line {l.Line}"))}");
        }

        foreach (var proposal in order.SupplementalOrders)
        {
            t.Line($"Supplemental order proposed: {proposal.Missing} of {proposal.Product} (line {proposal.Line})");
        }

        t.Line($"Final status {order.Status}, version {order.Version}, {t.Events.Count} events; {t.Counts.Accepted} commands accepted, {t.Counts.Rejected} rejected");
        t.Line($"Replaying the {t.Events.Count} events gives the same state: {(OrderDecider.Replay(t.Events) == order ? "yes" : "NO")}");
    }
}
