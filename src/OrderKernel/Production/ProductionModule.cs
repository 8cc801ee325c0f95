using OrderKernel.Kernel;
using OrderKernel.Orders;
using OrderKernel.Primitives;

using K = OrderKernel.Orders.CommandKind;
using S = OrderKernel.Orders.OrderStatus;

namespace OrderKernel.Production;

/// <summary>Production (R14, R20–R29): samples, release, progress, exceptions, completion and inspection.</summary>
internal sealed class ProductionModule : IOrderModule
{
    /// <summary>R14: mass production waits for an approved sample where the sample policy requires one.</summary>
    internal static readonly TransitionGuard SampleApprovedIfRequired = TransitionGuard.Single(
        "sample-approved-if-required",
        "The customer approved a sample, where the sample policy requires one before mass production.",
        "R14",
        static (state, context) => ProductionDecider.CheckSample(state, context));

    public void Register(ModuleBuilder m)
    {
        Role[] production = [Role.Production, Role.ProductionManager];
        Role[] customerOrSales = [Role.Customer, Role.SalesRepresentative, Role.SalesManager];
        m.Command<SendSample>(K.SendSample)
            .AllowedTo(Role.SalesRepresentative, Role.SalesManager, Role.TechnicalManager)
            .PermitWithin(S.AwaitingDeposit, S.ReadyForProduction)
            .Decide(ProductionDecider.Decide);
        m.Command<ApproveSample>(K.ApproveSample).AllowedTo(customerOrSales).PermitWithin(S.AwaitingDeposit, S.ReadyForProduction).Decide(ProductionDecider.Decide);
        m.Command<RejectSample>(K.RejectSample).AllowedTo(customerOrSales).PermitWithin(S.AwaitingDeposit, S.ReadyForProduction).Decide(ProductionDecider.Decide);
        m.Command<ReleaseToProduction>(K.ReleaseToProduction)
            .AllowedTo(production)
            .Permit(S.ReadyForProduction, S.InProduction, SampleApprovedIfRequired)
            .Decide(ProductionDecider.Decide);
        m.Command<ReportProgress>(K.ReportProgress).AllowedTo(production).Permit(S.InProduction, S.InProduction).Decide(static (_, c, ctx) => ProductionDecider.Decide(c, ctx));
        m.Command<ReportProductionException>(K.ReportProductionException).AllowedTo(production).Permit(S.InProduction, S.InProduction).Decide(static (_, c, ctx) => ProductionDecider.Decide(c, ctx));
        m.Command<CompleteProduction>(K.CompleteProduction).AllowedTo(production).Permit(S.InProduction, S.ProductionCompleted).Decide(static (_, c, ctx) => ProductionDecider.Decide(c, ctx));
        m.Command<RecordInspection>(K.RecordInspection)
            .AllowedTo(Role.QualityInspector, Role.QualityManager)
            .Permit(S.ProductionCompleted, S.Inspected)
            .Permit(S.ProductionCompleted, S.InProduction)
            .Decide(static (_, c, ctx) => ProductionDecider.Decide(c, ctx));
    }
}
