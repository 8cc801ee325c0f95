using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Service levels (R37–R41): completing tracked steps; a decision that completes a step late records its breach.</summary>
internal sealed class ServiceLevelsModule : IOrderModule
{
    // Host milestones are planned and reached from the recorded order until delivery, outside rejected, lost and terminal states.
    private static readonly S[] HostMilestoneStates =
    [
        S.Recorded, S.UnderReview, S.Reviewed, S.Quoted, S.QuotationAccepted, S.ContractAwaitingCheck, S.ContractChecked,
        S.ContractAwaitingCountersignature, S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted,
        S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered,
    ];

    public void Register(ModuleBuilder m)
    {
        // Reaching the step's milestone is all a completed step does.
        m.Applies<StepCompleted>(static (s, _) => s);
        // The milestones the areas' events reach (R38), recorded as each event is folded.
        m.Reaches<OrderReceived>(ServiceLevelDecider.Reach);
        m.Reaches<OrderRecorded>(ServiceLevelDecider.Reach);
        m.Reaches<ReviewStarted>(ServiceLevelDecider.Reach);
        m.Reaches<ReviewPassed>(ServiceLevelDecider.Reach);
        m.Reaches<DepositReceived>(ServiceLevelDecider.Reach);
        m.Reaches<ProductionReleased>(ServiceLevelDecider.Reach);
        m.Reaches<ProductionCompleted>(ServiceLevelDecider.Reach);
        m.Reaches<InspectionPassed>(ServiceLevelDecider.Reach);
        m.Reaches<InspectionFailed>(ServiceLevelDecider.Reach);
        m.Reaches<ShipmentReleased>(ServiceLevelDecider.Reach);
        m.Reaches<OrderShipped>(ServiceLevelDecider.Reach);
        m.Reaches<DeliveryConfirmed>(ServiceLevelDecider.Reach);
        m.Reaches<OrderCompleted>(ServiceLevelDecider.Reach);
        m.Reaches<StepCompleted>(ServiceLevelDecider.Reach);
        m.Reaches<ContractInForce>(ServiceLevelDecider.Reach);
        m.Applies<ServiceLevelBreached>(ServiceLevelDecider.Apply);
        m.Command<CompleteStep>(K.CompleteStep)
            .AllowedTo(Role.Production, Role.ProductionManager, Role.Warehouse, Role.SalesRepresentative, Role.SalesManager)
            .PermitWithin(S.InProduction, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed)
            .Decide(ServiceLevelDecider.Decide);
        // R26: host milestones, planned and reached by the host; a late one records its level's breach.
        m.Applies<HostMilestoneReached>(HostMilestoneDecider.Apply);
        m.Applies<HostMilestonePlanned>(HostMilestoneDecider.Apply);
        m.Applies<HostServiceLevelBreached>(HostMilestoneDecider.Apply);
        m.Command<ReachMilestone>(K.ReachMilestone)
            .AllowedTo(Role.Production, Role.ProductionManager, Role.ProcurementManager, Role.Warehouse, Role.QualityInspector, Role.SalesRepresentative, Role.SalesManager)
            .PermitWithin(HostMilestoneStates)
            .Decide(HostMilestoneDecider.Decide);
        m.Command<PlanMilestone>(K.PlanMilestone)
            .AllowedTo(Role.Production, Role.ProductionManager)
            .PermitWithin(HostMilestoneStates)
            .Decide(HostMilestoneDecider.Decide);
        m.FollowUp(static (before, after, context) => HostMilestoneDecider.NewBreaches(before, after, context.Policies.ServiceLevels, context.Now, context.Actor.Id));
        m.FollowUp(static (before, after, context) => ServiceLevelMonitor.NewBreaches(before, after, context.Policies.ServiceLevels, context.Now, context.Actor.Id));
    }
}
