using System.Collections.Generic;
using Ardalis.GuardClauses;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>
/// What an order may be invoiced for (R43), as pure queries over its state: the ceiling every invoice is checked against,
/// what is invoiced so far net of credit notes, and the value of one delivery.
/// </summary>
public static class Invoicing
{
    /// <summary>
    /// Gets the most the order may be invoiced for in total: the contract amount (which includes every applied change,
    /// R37) plus, when the customer is invoiced for the delivered quantity and the delivery is confirmed, the
    /// delivered-quantity true-up (R44). Zero without a contract in force.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <param name="policies">The policies (invoice basis and rounding).</param>
    /// <returns>The ceiling.</returns>
    public static Money Invoiceable(Order order, OrderPolicies policies)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(policies);
        if (SignedTerms.Of(order) is not { Contract.IsInForce: true } terms)
        {
            return Money.Zero(order.Currency);
        }

        var total = terms.Contract.Amount;
        if (policies.InvoiceBasis == InvoiceBasis.Delivered && order.Delivery is not null)
        {
            var trueUp = new List<StatementLine>();
            Settlement.TrueUp(order, terms.Quotation, policies, trueUp);
            foreach (var l in trueUp)
            {
                total += l.Amount;
            }
        }

        return total;
    }

    /// <summary>Gets what is invoiced so far: the invoices less the credit notes against them.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The net invoiced amount.</returns>
    public static Money NetInvoiced(Order order)
    {
        Guard.Against.Null(order);
        var total = Money.Zero(order.Currency);
        foreach (var i in order.Invoices)
        {
            total += i.Amount;
        }

        foreach (var n in order.CreditNotes)
        {
            total -= n.Amount;
        }

        return total;
    }

    /// <summary>Gets what is left of an invoice: its amount less the credit notes against it.</summary>
    /// <param name="order">The order.</param>
    /// <param name="invoice">The invoice.</param>
    /// <returns>The amount left to credit.</returns>
    public static Money Outstanding(Order order, Invoice invoice)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(invoice);
        var left = invoice.Amount;
        foreach (var n in order.CreditNotes)
        {
            if (string.Equals(n.InvoiceNumber, invoice.Number, System.StringComparison.Ordinal))
            {
                left -= n.Amount;
            }
        }

        return left;
    }

    /// <summary>Gets the value of one delivery: its shipped quantities at the lines' net quoted unit prices (R43).</summary>
    /// <param name="order">The order.</param>
    /// <param name="shipment">The shipment, from 1 (the first) to the number of shipments.</param>
    /// <param name="policies">The policies (rounding).</param>
    /// <returns>The delivery's value.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="shipment"/> is not a shipment of the order.</exception>
    public static Money DeliveryValue(Order order, int shipment, OrderPolicies policies)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(policies);
        // An order that shipped was quoted: its shipments are numbered from 1.
        if (shipment < 1 || shipment > order.Shipments.Count || order.Quotation is not { } quotation)
        {
            throw new System.ArgumentOutOfRangeException(nameof(shipment), shipment, $"The order has {order.Shipments.Count} shipment(s).");
        }

        var quoted = Settlement.QuotedLines(quotation);
        var total = Money.Zero(order.Currency);
        foreach (var l in order.Shipments[shipment - 1].Lines)
        {
            if (quoted.GetValueOrDefault(l.Line) is { } q)
            {
                total += Settlement.NetValue(q, l.Quantity.Value, order, policies);
            }
        }

        return total;
    }
}
