using System;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>Bank acceptance bills (R18): registered against an installment, honoured (a payment) or dishonoured at maturity.</summary>
internal static class BillDecider
{
    public static Outcome Decide(Order state, Contract contract, RegisterBankAcceptanceBill c, DecisionContext ctx)
    {
        if (!c.Amount.Currency.Equals(state.Currency))
        {
            return Outcome.Reject(ViolationCodes.CurrencyMismatch, $"A bank acceptance bill for this order is in {state.Currency}.", "R18");
        }

        if (Find(state, c.Number) >= 0 || IsPaymentReference(state, c.Number))
        {
            return Outcome.Reject(ViolationCodes.BillNumberDuplicate, $"Bill {c.Number} is already registered or used as a payment reference.", "R18");
        }

        if (state.BankAcceptanceBills.Count >= KernelLimits.MaxListItems)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"An order holds at most {KernelLimits.MaxListItems} bank acceptance bills.", "R18");
        }

        InstallmentAmount? installment = null;
        foreach (var i in contract.Installments)
        {
            if (string.Equals(i.Installment.Name, c.Installment, StringComparison.Ordinal))
            {
                installment = i;
                break;
            }
        }

        var today = state.DateAt(ctx.Now);
        if (installment is null)
        {
            return Outcome.Reject(ViolationCodes.BillTermsInvalid, $"The contract has no installment named '{c.Installment}'.", "R18");
        }

        if (!c.Amount.IsPositive || c.Amount > installment.Amount)
        {
            return Outcome.Reject(ViolationCodes.BillTermsInvalid, $"A bill's amount must be positive and at most its installment's {installment.Amount}; got {c.Amount}.", "R18");
        }

        if (c.MaturityDate <= c.IssueDate || c.IssueDate > today || Period.Between(c.IssueDate, c.MaturityDate, PeriodUnits.Days).Days > KernelLimits.MaxDuration.Days)
        {
            return Outcome.Reject(ViolationCodes.BillTermsInvalid, $"A bill is issued by today ({Iso(today)}) and matures after its issue date, within {KernelLimits.MaxDuration.Days} days; got {Iso(c.IssueDate)} to {Iso(c.MaturityDate)}.", "R18");
        }

        var bill = new BankAcceptanceBill(c.Number, c.AcceptingBank, c.Installment, c.Amount, c.IssueDate, c.MaturityDate, BillStatus.Accepted);
        return Outcome.Emit(new BankAcceptanceBillRegistered(bill) { At = ctx.Now, By = ctx.Actor.Id });
    }

    // Honouring records the payment through the payment decider (same checks, same ledger, same deposit step), so TotalPaid
    // rises exactly once, on honouring; a dishonoured bill pays and secures nothing.
    public static Outcome Decide(Order state, SettleBankAcceptanceBill c, DecisionContext ctx)
    {
        var index = Find(state, c.Number);
        if (index < 0)
        {
            return Outcome.Reject(ViolationCodes.BillUnknown, $"No bank acceptance bill {c.Number} is registered.", "R18");
        }

        var bill = state.BankAcceptanceBills[index];
        if (bill.Status != BillStatus.Accepted)
        {
            return Outcome.Reject(ViolationCodes.BillAlreadySettled, $"Bill {c.Number} was already {bill.Status.ToString().ToLowerInvariant()}.", "R18");
        }

        if (c.Outcome is not (BillStatus.Honoured or BillStatus.Dishonoured))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A bill is settled as honoured or dishonoured.", "R18");
        }

        if (c.SettledAt > ctx.Now || state.DateAt(c.SettledAt) < bill.MaturityDate)
        {
            return Outcome.Reject(ViolationCodes.BillNotMatured, $"Bill {c.Number} is settled on or after its maturity ({Iso(bill.MaturityDate)}) and not in the future; got {c.SettledAt}.", "R18");
        }

        var settled = new BankAcceptanceBillSettled(c.Number, c.Outcome, c.SettledAt) { At = ctx.Now, By = ctx.Actor.Id };
        if (c.Outcome == BillStatus.Dishonoured)
        {
            return Outcome.Emit(settled);
        }

        var payment = PaymentDecider.Decide(state, new ConfirmPayment(bill.Amount, bill.AcceptingBank, PaymentInstrument.BankAcceptanceBill, bill.Number, c.SettledAt), ctx);
        if (!payment.Violations.IsEmpty)
        {
            return payment;
        }

        var events = new OrderEvent[payment.Events.Count + 1];
        events[0] = settled;
        for (var i = 0; i < payment.Events.Count; i++)
        {
            events[i + 1] = payment.Events[i];
        }

        return Outcome.Emit(events);
    }

    public static Order Apply(Order s, BankAcceptanceBillRegistered e) => s with { BankAcceptanceBills = s.BankAcceptanceBills.Add(e.Bill, s.Fold) };

    public static Order Apply(Order s, BankAcceptanceBillSettled e)
    {
        var i = Find(s, e.Number);
        return s with { BankAcceptanceBills = s.BankAcceptanceBills.SetItem(i, s.BankAcceptanceBills[i] with { Status = e.Outcome }) };
    }

    /// <summary>The unpaid part the order's accepted, not yet matured bills secure at a date (R18); honoured bills are payments already.</summary>
    internal static Money Securing(Order order, LocalDate today)
    {
        var total = Money.Zero(order.Currency);
        foreach (var b in order.BankAcceptanceBills)
        {
            if (b.Status == BillStatus.Accepted && today <= b.MaturityDate)
            {
                total += b.Amount;
            }
        }

        return total;
    }

    private static int Find(Order s, string number)
    {
        for (var i = 0; i < s.BankAcceptanceBills.Count; i++)
        {
            if (string.Equals(s.BankAcceptanceBills[i].Number, number, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsPaymentReference(Order s, string reference)
    {
        foreach (var p in s.Payments)
        {
            if (string.Equals(p.Reference, reference, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
