using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Production (R14, R20–R29): samples, release, progress, exceptions, completion and inspection.</summary>
internal sealed class ProductionModule : IOrderModule
{
    /// <summary>R14: mass production waits for an approved sample where the sample policy requires one.</summary>
    internal static readonly TransitionGuard SampleApprovedIfRequired = TransitionGuard.Single(
        "sample-approved-if-required",
        "The customer approved a sample, where the sample policy requires one before mass production.",
        "R14",
        static (state, context) => ProductionDecider.CheckSample(state, context));

    /// <summary>R28: goods accepted at a lower grade leave only once the change list it proposed is decided.</summary>
    internal static readonly TransitionGuard DowngradeSettled = TransitionGuard.Single(
        "downgrade-change-list-settled",
        "The change list a lower quality grade proposed (a unit price reduction per line) is applied after the customer's confirmation, or rejected.",
        "R28",
        static (state, _) => ProductionDecider.CheckDowngradeSettled(state));

    public void Register(ModuleBuilder m)
    {
        m.Applies<ProductionDelayAlarmRaised, ProductionRun>(s => s.Production, ProductionDecider.Apply);
        m.Applies<SampleSent>(ProductionDecider.Apply);
        m.Applies<SampleApproved, SampleRound>(s => s.Sample, ProductionDecider.Apply);
        m.Applies<SampleRejected, SampleRound>(s => s.Sample, ProductionDecider.Apply);
        m.Applies<ProductionReleased>(ProductionDecider.Apply);
        m.Applies<ProgressReported, ProductionRun>(s => s.Production, ProductionDecider.Apply);
        m.Applies<ProductionExceptionReported, ProductionRun>(s => s.Production, ProductionDecider.Apply);
        m.Applies<ProductionCompleted, ProductionRun>(s => s.Production, ProductionDecider.Apply);
        m.Applies<InspectionPassed>(ProductionDecider.Apply);
        m.Applies<InspectionFailed, ProductionRun>(s => s.Production, ProductionDecider.Apply);
        Role[] production = [Role.Production, Role.ProductionManager];
        Role[] customerOrSales = [Role.Customer, Role.SalesRepresentative, Role.SalesManager];

        // R14, optional: without the sample round the sample commands have no edge and release has no sample guard.
        var sampleRound = m.Includes(OptionalStage.SampleRound);
        S[] sampling = sampleRound ? [S.AwaitingDeposit, S.ReadyForProduction] : [];
        TransitionGuard[] releaseGuards = sampleRound ? [SampleApprovedIfRequired] : [];
        m.Command<SendSample>(K.SendSample)
            .AllowedTo(Role.SalesRepresentative, Role.SalesManager, Role.TechnicalManager)
            .PermitWithin(sampling)
            .Decide(ProductionDecider.Decide);
        m.Command<ApproveSample>(K.ApproveSample).AllowedTo(customerOrSales).PermitWithin(sampling).Decide(ProductionDecider.Decide);
        m.Command<RejectSample>(K.RejectSample).AllowedTo(customerOrSales).PermitWithin(sampling).Decide(ProductionDecider.Decide);
        m.Command<ReleaseToProduction>(K.ReleaseToProduction)
            .AllowedTo(production)
            .Permit(S.ReadyForProduction, S.InProduction, releaseGuards)
            .Decide(ProductionDecider.Decide);
        m.Command<ReportProgress>(K.ReportProgress).AllowedTo(production).Permit(S.InProduction, S.InProduction).Decide(s => s.Production, ProductionDecider.Decide);
        m.Command<ReportProductionException>(K.ReportProductionException).AllowedTo(production).Permit(S.InProduction, S.InProduction).Decide(s => s.Production, ProductionDecider.Decide);

        // R27, optional: without the final inspection, completing production records the inspection as waived and
        // leads to Inspected; ProductionCompleted is then unreachable and the registry drops it.
        var complete = m.Command<CompleteProduction>(K.CompleteProduction).AllowedTo(production);
        var inspect = m.Command<RecordInspection>(K.RecordInspection)
            .AllowedTo(Role.QualityInspector, Role.QualityManager)
            .Decide(s => s.Production, ProductionDecider.Decide);
        if (m.Includes(OptionalStage.FinalInspection))
        {
            complete.Permit(S.InProduction, S.ProductionCompleted).Decide(static (_, c, ctx) => ProductionDecider.Decide(c, ctx));
            inspect.Permit(S.ProductionCompleted, S.Inspected).Permit(S.ProductionCompleted, S.InProduction);
        }
        else
        {
            complete.Permit(S.InProduction, S.Inspected).Decide(static (_, c, ctx) => ProductionDecider.CompleteWithoutInspection(c, ctx));
        }
    }
}
