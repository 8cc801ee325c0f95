using System;
using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>Invoices and credit notes (R43): numbered, checked against the contract, the deliveries and the changes.</summary>
internal static class InvoiceDecider
{
    public static Outcome Decide(Order state, IssueInvoice c, DecisionContext ctx)
    {
        if (c.Sequence <= 0 || !c.Amount.IsPositive)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"An invoice needs a positive sequence value and a positive amount; got {c.Sequence} and {c.Amount}.", "R43");
        }

        if (!c.Amount.Currency.Equals(state.Currency))
        {
            return Outcome.Reject(ViolationCodes.CurrencyMismatch, $"The contract is in {state.Currency}; an invoice in {c.Amount.Currency.Code} is refused.", "R43");
        }

        var number = ctx.Policies.Numbering.InvoiceNumber(c.Sequence, ctx.Now);
        if (IsTaken(state, number))
        {
            return Outcome.Reject(ViolationCodes.InvoiceNumberTaken, $"Number {number} is already on an invoice or credit note of this order.", "R43");
        }

        var ceiling = Invoicing.Invoiceable(state, ctx.Policies);
        var left = ceiling - Invoicing.NetInvoiced(state);
        Money expected;
        if (c.Shipment is { } shipment)
        {
            if (shipment < 1 || shipment > state.Shipments.Count)
            {
                return Outcome.Reject(ViolationCodes.InvoiceShipmentUnknown, $"The order has {state.Shipments.Count} shipment(s); there is no shipment {shipment} to invoice.", "R43");
            }

            foreach (var i in state.Invoices)
            {
                if (i.Shipment == shipment)
                {
                    return Outcome.Reject(ViolationCodes.InvoiceShipmentInvoiced, $"Shipment {shipment} is already invoiced on {i.Number}.", "R43");
                }
            }

            expected = Invoicing.DeliveryValue(state, shipment, ctx.Policies);
        }
        else
        {
            expected = left;
        }

        if (!expected.IsPositive || expected > left)
        {
            return Outcome.Reject(ViolationCodes.InvoiceExceedsContract, $"Invoicing {expected} would exceed what the order may be invoiced for: {ceiling} (contract with its changes and delivered quantities), of which {ceiling - left} is already invoiced.", "R43");
        }

        if (c.Amount != expected)
        {
            return Outcome.Reject(ViolationCodes.InvoiceAmountMismatch, $"The invoice states {c.Amount}; {(c.Shipment is { } s ? $"shipment {s}'s delivered quantities at the quoted net prices come to" : "what is left to invoice of the order is")} {expected}.", "R43");
        }

        return Outcome.Emit(new InvoiceIssued(new Invoice(number, c.Sequence, c.Amount, c.Shipment, ctx.Now)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, IssueCreditNote c, DecisionContext ctx)
    {
        if (c.Sequence <= 0 || !c.Amount.IsPositive || string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"A credit note needs a positive sequence value, a positive amount and a reason; got {c.Sequence} and {c.Amount}.", "R43");
        }

        if (!c.Amount.Currency.Equals(state.Currency))
        {
            return Outcome.Reject(ViolationCodes.CurrencyMismatch, $"The contract is in {state.Currency}; a credit note in {c.Amount.Currency.Code} is refused.", "R43");
        }

        Invoice? invoice = null;
        foreach (var i in state.Invoices)
        {
            invoice = string.Equals(i.Number, c.InvoiceNumber, StringComparison.Ordinal) ? i : invoice;
        }

        if (invoice is null)
        {
            return Outcome.Reject(ViolationCodes.InvoiceUnknown, $"There is no invoice {c.InvoiceNumber} on this order to correct.", "R43");
        }

        var number = ctx.Policies.Numbering.CreditNoteNumber(c.Sequence, ctx.Now);
        if (IsTaken(state, number))
        {
            return Outcome.Reject(ViolationCodes.InvoiceNumberTaken, $"Number {number} is already on an invoice or credit note of this order.", "R43");
        }

        var left = Invoicing.Outstanding(state, invoice);
        if (c.Amount > left)
        {
            return Outcome.Reject(ViolationCodes.CreditExceedsInvoice, $"A credit note of {c.Amount} exceeds what is left of invoice {invoice.Number}: {left} of {invoice.Amount}.", "R43");
        }

        return Outcome.Emit(new CreditNoteIssued(new CreditNote(number, c.Sequence, invoice.Number, c.Amount, c.Reason, ctx.Now)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Order Apply(Order s, InvoiceIssued e) => s with { Invoices = s.Invoices.Add(e.Invoice) };

    public static Order Apply(Order s, CreditNoteIssued e) => s with { CreditNotes = s.CreditNotes.Add(e.CreditNote) };

    private static bool IsTaken(Order state, string number)
    {
        foreach (var i in state.Invoices)
        {
            if (string.Equals(i.Number, number, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var n in state.CreditNotes)
        {
            if (string.Equals(n.Number, number, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
