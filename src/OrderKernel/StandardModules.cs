using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>
/// The composition root: the standard modules in the order their declarations are kept (the lifecycle's transitions,
/// and so its diagrams, follow the order's path through them), the registry built from them and the pipeline over it.
/// </summary>
internal static class StandardModules
{
    /// <summary>Gets the standard modules, in order.</summary>
    public static IOrderModule[] All =>
    [
        new IntakeModule(),
        new ReviewsModule(),
        new QuotationsModule(),
        new ContractsModule(),
        new PaymentsModule(),
        new ProductionModule(),
        new ShipmentsModule(),
        new SettlementsModule(),
        new CancellationsModule(),
        new HoldsModule(),
        new ServiceLevelsModule(),
        new DelayPenaltiesModule(),
        new ChangeRequestsModule(),
        new OrderFileModule(),
        new AfterSalesModule(),
    ];

    /// <summary>Gets the registry of the standard modules.</summary>
    public static ModuleRegistry Registry { get; } = ModuleRegistry.Build(All);

    /// <summary>Gets the pipeline over <see cref="Registry"/>.</summary>
    public static DecisionPipeline Pipeline { get; } = new(Registry);
}
