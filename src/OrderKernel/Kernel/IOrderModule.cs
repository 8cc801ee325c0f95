namespace OrderKernel.Kernel;

/// <summary>
/// One area of the order (intake, reviews, payments, …) as the kernel sees it: in <see cref="Register"/> it declares,
/// in one place, everything about its commands (kind, default roles, transitions with their guards, decide function)
/// and the hooks it adds to the pipeline. The kernel composes the modules into one <see cref="ModuleRegistry"/>.
/// </summary>
internal interface IOrderModule
{
    /// <summary>Declares the module's commands and hooks.</summary>
    /// <param name="m">The builder shared by every module of one registry; the order of declarations is kept.</param>
    void Register(ModuleBuilder m);
}
