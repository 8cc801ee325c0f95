using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Cancellation by stage (R36).</summary>
internal static class CancellationDecider
{
    public static Outcome Decide(Order state, CancelOrder c, DecisionContext ctx)
    {
        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, "A cancellation records its reason.", "R36");
        }

        var costs = c.CostsIncurred ?? Money.Zero(state.Currency);
        if (!costs.Currency.Equals(state.Currency) || costs.IsNegative)
        {
            return Outcome.Reject(ViolationCodes.CurrencyMismatch, $"Costs incurred must be a non-negative amount in {state.Currency}.", "R36");
        }

        return Cancel(state, c.Reason, costs, ctx);
    }

    /// <summary>The cancellation the policy allows now, with its charge and refund; shared by cancellation by change.</summary>
    internal static Outcome Cancel(Order state, string reason, Money costs, DecisionContext ctx)
    {
        var assessment = ctx.Policies.Cancellation.Assess(CancellationInput.Of(state), costs);
        if (assessment.Refusal is { } refusal)
        {
            return Outcome.Reject(refusal);
        }

        var refund = Money.Max(state.TotalPaid - assessment.Charge, Money.Zero(state.Currency));
        // R11: whatever material is still reserved goes back.
        return Outcome.Emit([new OrderCancelled(reason, assessment.Charge, refund, assessment.Explanation, state.Status) { At = ctx.Now, By = ctx.Actor.Id }, .. MaterialLedger.ReleaseAll(state, ctx)]);
    }

    public static Order Apply(Order s, OrderCancelled e)
    {
        // The cancellation ends the hold: its period is kept in the history as a release would keep it.
        return s with
        {
            Status = OrderStatus.Cancelled,
            Holds = s.Hold is { } hold ? HoldDecider.Ended(s, hold, e.At) : s.Holds,
            Cancellation = new Cancellation(e.Reason, e.Charge, e.Refund, e.Explanation, e.StatusBefore, e.By, e.At),
        };
    }
}
