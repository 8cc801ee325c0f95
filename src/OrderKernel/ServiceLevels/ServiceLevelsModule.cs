using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Service levels (R37–R41): completing tracked steps; a decision that completes a step late records its breach.</summary>
internal sealed class ServiceLevelsModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Command<CompleteStep>(K.CompleteStep)
            .AllowedTo(Role.Production, Role.ProductionManager, Role.Warehouse, Role.SalesRepresentative, Role.SalesManager)
            .PermitWithin(S.InProduction, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed)
            .Decide(ServiceLevelDecider.Decide);
        m.FollowUp(static (before, after, context) => ServiceLevelMonitor.NewBreaches(before, after, context.Policies.ServiceLevels, context.Now, context.Actor.Id));
    }
}
