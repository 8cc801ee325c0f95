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
    // reaches one has its overload here, which returns the order after the event with the milestones recorded.
    public static Order Reach(Order after, OrderReceived e) => after.Reached(Milestone.Received, e.At);

    public static Order Reach(Order after, OrderRecorded e) => after.Reached(Milestone.Recorded, e.At);

    public static Order Reach(Order after, ReviewStarted e) => after.Reached(Milestone.ReviewStarted, e.At);

    public static Order Reach(Order after, ReviewPassed e) => after.Reached(Milestone.ReviewPassed, e.At);

    public static Order Reach(Order after, DepositReceived e) => after.Reached(Milestone.ReadyForProduction, e.At);

    // A contract in force without a deposit to wait for makes the order ready at once (R15, R30).
    public static Order Reach(Order after, ContractInForce e) =>
        after.Status == OrderStatus.ReadyForProduction ? after.Reached(Milestone.ReadyForProduction, e.At) : after;

    public static Order Reach(Order after, ProductionReleased e) => after.Reached(Milestone.ProductionReleased, e.At);

    public static Order Reach(Order after, ProductionCompleted e) => after.Reached(Milestone.ProductionCompleted, e.At);

    public static Order Reach(Order after, InspectionPassed e) =>
        after.Reached(Milestone.InspectionRecorded, e.At).Reached(Milestone.InspectionPassed, e.At);

    public static Order Reach(Order after, InspectionFailed e) => after.Reached(Milestone.InspectionRecorded, e.At);

    public static Order Reach(Order after, StepCompleted e)
    {
        Milestone? reached = e.Step switch
        {
            TrackedStep.PlanApproved => Milestone.PlanApproved,
            TrackedStep.Packed => Milestone.Packed,
            TrackedStep.CustomerInformed => Milestone.CustomerInformed,
            _ => null, // an undefined step (never decided) reaches nothing
        };
        return reached is { } m ? after.Reached(m, e.At) : after;
    }

    public static Order Reach(Order after, ShipmentReleased e) => after.Reached(Milestone.ShipmentReleased, e.At);

    public static Order Reach(Order after, OrderShipped e) => after.Reached(Milestone.Shipped, e.At);

    public static Order Reach(Order after, DeliveryConfirmed e) => after.Reached(Milestone.Delivered, e.At);

    public static Order Reach(Order after, OrderCompleted e) => after.Reached(Milestone.Completed, e.At);

    public static Order Apply(Order s, ServiceLevelBreached e) =>
        s with { ServiceLevelBreaches = s.ServiceLevelBreaches.Add(new ServiceLevelBreach(e.Step, e.DueAt, e.CompletedAt, e.Overdue), s.Fold) };
}
