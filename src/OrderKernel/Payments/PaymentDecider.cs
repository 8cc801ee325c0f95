using System.Collections.Generic;
using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>Payments against the contract's installments (R17–R19).</summary>
internal static class PaymentDecider
{
    public static Outcome Decide(Order state, ConfirmPayment c, DecisionContext ctx)
    {
        if (state.Contract is not { IsInForce: true } contract)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "There is no contract in force to pay: the customer has not countersigned it.", "R15");
        }

        var v = new List<Violation>();
        if (!c.Amount.Currency.Equals(state.Currency))
        {
            return Outcome.Reject(ViolationCodes.CurrencyMismatch, $"The contract is in {state.Currency}; a payment in {c.Amount.Currency.Code} is refused.", "R19");
        }

        if (!c.Amount.IsPositive)
        {
            v.Add(Violation.Of(ViolationCodes.PaymentAmountInvalid, $"A payment must be positive; got {c.Amount}.", "R19"));
        }

        if (string.IsNullOrWhiteSpace(c.Reference) || string.IsNullOrWhiteSpace(c.Remitter))
        {
            v.Add(Violation.Of(ViolationCodes.InvalidInput, "A payment needs a remitter and a reference.", "R19"));
        }
        else
        {
            foreach (var p in state.Payments)
            {
                if (string.Equals(p.Reference, c.Reference, System.StringComparison.Ordinal))
                {
                    v.Add(Violation.Of(ViolationCodes.PaymentDuplicateReference, $"Payment {c.Reference} was already confirmed on {p.ConfirmedAt}.", "R19"));
                    break;
                }
            }
        }

        if (c.ReceivedAt > ctx.Now)
        {
            v.Add(Violation.Of(ViolationCodes.PaymentInFuture, $"A payment cannot be received in the future ({c.ReceivedAt} > {ctx.Now}).", "R19"));
        }

        if (v.Count > 0)
        {
            return Outcome.Reject(ValueList<Violation>.From(v));
        }

        var confirmed = new PaymentConfirmed(c.Amount, c.Remitter, c.Instrument, c.Reference, c.ReceivedAt) { At = ctx.Now, By = ctx.Actor.Id };
        var paid = state.TotalPaid + c.Amount;
        if (state.Status == OrderStatus.AwaitingDeposit && paid >= contract.Deposit)
        {
            return Outcome.Emit(confirmed, new DepositReceived(contract.Deposit, paid) { At = ctx.Now, By = ctx.Actor.Id });
        }

        return Outcome.Emit(confirmed);
    }

    /// <summary>Every installment moved along the installment table (open, partly paid, paid).</summary>
    internal static void CheckSubMachine(Order before, Order after)
    {
        if (after.Contract is not { } contract)
        {
            return;
        }

        var was = contract.StatusOf(before.TotalPaid);
        var now = contract.StatusOf(after.TotalPaid);
        for (var i = 0; i < was.Count; i++)
        {
            if (!InstallmentLifecycle.Definition.Allows(was[i], CommandKind.ConfirmPayment, now[i]))
            {
                throw new System.Diagnostics.UnreachableException($"Installment {i} moved {was[i]} -> {now[i]}, which its table does not allow.");
            }
        }
    }

    public static Order Apply(Order s, PaymentConfirmed e)
    {
        // The payments net of refunds stay one amount in the order's currency: a payment that would overflow it or is in
        // another currency was not decided by the kernel, and the fold refuses it (as a corrupt stream).
        _ = s.TotalPaid + e.Amount;
        return s with { Payments = s.Payments.Add(new Payment(e.Amount, e.Remitter, e.Instrument, e.Reference, e.ReceivedAt, e.By, e.At), s.Fold) };
    }

    public static Order Apply(Order s, DepositReceived e)
    {
        _ = e;
        return s with { Status = OrderStatus.ReadyForProduction };
    }
}
