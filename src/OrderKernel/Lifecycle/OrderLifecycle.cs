namespace OrderKernel;

/// <summary>
/// The order lifecycle machine as data: every legal (status, command kind, status) edge with its named guards.
/// <see cref="OrderDecider.Decide"/> consults it; nothing happens outside it.
/// </summary>
/// <remarks>
/// The table is not written here: each area module declares its commands' transitions and guards, and the kernel's
/// registry composes and validates them; this is the result.
/// </remarks>
public static class OrderLifecycle
{
    /// <summary>Gets the order lifecycle definition.</summary>
    public static StateMachineDefinition<OrderStatus, CommandKind> Definition => StandardModules.Registry.Lifecycle;
}
