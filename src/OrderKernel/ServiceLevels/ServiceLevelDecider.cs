using OrderKernel.Internal;
using OrderKernel.Orders;

namespace OrderKernel.ServiceLevels;

/// <summary>Host-tracked steps and the milestones every event reaches (R38).</summary>
internal static class ServiceLevelDecider
{
    public static Outcome Decide(Order state, CompleteStep c, DecisionContext ctx)
    {
        var fits = c.Step switch
        {
            TrackedStep.PlanApproved => state.Status == OrderStatus.InProduction,
            TrackedStep.Packed => state.Status is OrderStatus.Inspected or OrderStatus.ReleasedForShipment,
            TrackedStep.CustomerInformed => state.Status is OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Completed,
            _ => false,
        };
        return fits
            ? Outcome.Emit(new StepCompleted(c.Step, c.Note ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id })
            : Outcome.Reject(ViolationCodes.InvalidInput, $"{c.Step} cannot be reported while the order is {state.Status}.", "R38");
    }

    /// <summary>The milestones an event reaches: recorded in the state so deadlines never need the event stream.</summary>
    /// <remarks>Writes into <paramref name="after"/>, which must be a new instance not yet returned to anyone.</remarks>
    public static void Reach(Order after, OrderEvent e)
    {
        if (!e.MayReachMilestone)
        {
            return;
        }

        var m = e switch
        {
            OrderReceived => Milestone.Received,
            OrderRecorded => Milestone.Recorded,
            Reviews.ReviewStarted => Milestone.ReviewStarted,
            Reviews.ReviewPassed => Milestone.ReviewPassed,
            Payments.DepositReceived => Milestone.ReadyForProduction,
            Contracts.ContractSigned when after.Status == OrderStatus.ReadyForProduction => Milestone.ReadyForProduction,
            Production.ProductionReleased => Milestone.ProductionReleased,
            StepCompleted { Step: TrackedStep.PlanApproved } => Milestone.PlanApproved,
            Production.ProductionCompleted => Milestone.ProductionCompleted,
            Production.InspectionPassed or Production.InspectionFailed => Milestone.InspectionRecorded,
            StepCompleted { Step: TrackedStep.Packed } => Milestone.Packed,
            Shipments.ShipmentReleased => Milestone.ShipmentReleased,
            Shipments.OrderShipped => Milestone.Shipped,
            StepCompleted { Step: TrackedStep.CustomerInformed } => Milestone.CustomerInformed,
            Shipments.DeliveryConfirmed => Milestone.Delivered,
            OrderCompleted => Milestone.Completed,
            _ => (Milestone?)null,
        };
        if (m is not { } milestone)
        {
            return;
        }

        var list = after.Milestones.Add(new MilestoneReached(milestone, e.At));
        if (e is Production.InspectionPassed)
        {
            list = list.Add(new MilestoneReached(Milestone.InspectionPassed, e.At));
        }

        after.Milestones = list;
    }

    public static void Apply(Order s, ServiceLevelBreached e)
    {
        s.ServiceLevelBreaches = s.ServiceLevelBreaches.Add(new ServiceLevelBreach(e.Step, e.DueAt, e.CompletedAt, e.Overdue));
    }
}
