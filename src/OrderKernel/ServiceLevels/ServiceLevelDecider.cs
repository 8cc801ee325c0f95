using OrderKernel.Kernel;

namespace OrderKernel;

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

    // The milestones each event reaches, recorded in the state so deadlines never need the event stream: each event that
    // reaches one calls its overload from OrderEvent.Reach, after it was applied to the working copy.
    public static void Reach(Order after, OrderReceived e) => after.Reach(Milestone.Received, e.At);

    public static void Reach(Order after, OrderRecorded e) => after.Reach(Milestone.Recorded, e.At);

    public static void Reach(Order after, ReviewStarted e) => after.Reach(Milestone.ReviewStarted, e.At);

    public static void Reach(Order after, ReviewPassed e) => after.Reach(Milestone.ReviewPassed, e.At);

    public static void Reach(Order after, DepositReceived e) => after.Reach(Milestone.ReadyForProduction, e.At);

    // A contract in force without a deposit to wait for makes the order ready at once (R15, R30).
    public static void Reach(Order after, ContractInForce e)
    {
        if (after.Status == OrderStatus.ReadyForProduction)
        {
            after.Reach(Milestone.ReadyForProduction, e.At);
        }
    }

    public static void Reach(Order after, ProductionReleased e) => after.Reach(Milestone.ProductionReleased, e.At);

    public static void Reach(Order after, ProductionCompleted e) => after.Reach(Milestone.ProductionCompleted, e.At);

    public static void Reach(Order after, InspectionPassed e)
    {
        after.Reach(Milestone.InspectionRecorded, e.At);
        after.Reach(Milestone.InspectionPassed, e.At);
    }

    public static void Reach(Order after, InspectionFailed e) => after.Reach(Milestone.InspectionRecorded, e.At);

    public static void Reach(Order after, StepCompleted e)
    {
        Milestone? reached = e.Step switch
        {
            TrackedStep.PlanApproved => Milestone.PlanApproved,
            TrackedStep.Packed => Milestone.Packed,
            TrackedStep.CustomerInformed => Milestone.CustomerInformed,
            _ => null, // an undefined step (never decided) reaches nothing
        };
        if (reached is { } m)
        {
            after.Reach(m, e.At);
        }
    }

    public static void Reach(Order after, ShipmentReleased e) => after.Reach(Milestone.ShipmentReleased, e.At);

    public static void Reach(Order after, OrderShipped e) => after.Reach(Milestone.Shipped, e.At);

    public static void Reach(Order after, DeliveryConfirmed e) => after.Reach(Milestone.Delivered, e.At);

    public static void Reach(Order after, OrderCompleted e) => after.Reach(Milestone.Completed, e.At);

    public static void Apply(Order s, ServiceLevelBreached e)
    {
        s.ServiceLevelBreaches = s.ServiceLevelBreaches.Add(new ServiceLevelBreach(e.Step, e.DueAt, e.CompletedAt, e.Overdue), s.Fold);
    }
}
