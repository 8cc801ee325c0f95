using System.Collections.Generic;
using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>Completing and closing the order (R42–R44): the end of its life, where the settlement is checked.</summary>
internal static class ClosureDecider
{
    /// <summary>Completing reconciles ordered and shipped quantities (R42, R44): a shortfall beyond tolerance proposes a supplemental order (R32).</summary>
    public static Outcome Decide(Order state, CompleteOrder c, DecisionContext ctx)
    {
        _ = c;
        var events = new List<OrderEvent> { new OrderCompleted { At = ctx.Now, By = ctx.Actor.Id } };
        var shippedSoFar = state.ShippedQuantities();
        foreach (var line in state.Lines)
        {
            var shipped = shippedSoFar.GetValueOrDefault(line.Id);
            if (shipped < line.MinimumDelivery)
            {
                var missing = Quantity.Of(line.Quantity.Value - shipped, line.Quantity.Unit);
                events.Add(new SupplementalOrderProposed(new SupplementalOrderProposal(line.Id, line.Product, missing)) { At = ctx.Now, By = ctx.Actor.Id });
            }
        }

        return Outcome.Emit([.. events]);
    }

    /// <summary>Closing archives the order (R16, R43); the lifecycle's <c>settled</c> guard has checked the settlement.</summary>
    public static Outcome Decide(CloseOrder c, DecisionContext ctx)
    {
        _ = c;
        return Outcome.Emit(new OrderClosed { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Order Apply(Order s, OrderCompleted e) => s with { Status = OrderStatus.Completed, CompletedAt = e.At };

    public static Order Apply(Order s, OrderClosed e) => s with { Status = OrderStatus.Closed, ClosedAt = e.At };
}
