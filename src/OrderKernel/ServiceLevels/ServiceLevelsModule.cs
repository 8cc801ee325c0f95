using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Service levels (R37–R41): completing tracked steps; a decision that completes a step late records its breach.</summary>
internal sealed class ServiceLevelsModule : IOrderModule
{
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
        m.FollowUp(static (before, after, context) => ServiceLevelMonitor.NewBreaches(before, after, context.Policies.ServiceLevels, context.Now, context.Actor.Id));
    }
}
