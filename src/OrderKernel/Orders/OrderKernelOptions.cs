using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>
/// An embedder's changes to the standard order kernel, frozen by <see cref="OrderDecider.Create"/> into a
/// <see cref="ConfiguredOrderDecider"/>: guards of its own on any transition of the lifecycle, and optional stages left out.
/// </summary>
/// <remarks>
/// Immutable: each <c>With…</c> returns new options. A guard is named, described and evaluated in one place, like the
/// kernel's own guards: it runs after the transition's built-in guards, its refusal is part of the
/// <see cref="Rejected"/> and of <see cref="ConfiguredOrderDecider.PermittedCommands"/>, and the lifecycle definition
/// (and so its diagrams) lists it on its edge.
/// </remarks>
/// <example>
/// <code>
/// var decider = OrderDecider.Create(OrderKernelOptions.Default.WithGuard(
///     CommandKind.RecordOrder, OrderStatus.Received, OrderStatus.Recorded,
///     "credit-line-covers-order", "The customer's credit line covers the order.", "ERP-7",
///     (order, context) => creditLine.Covers(order) ? null : Violation.Of("ERP_CREDIT", "Over the credit line.", "ERP-7")));
/// var result = decider.Decide(state, command, context);
/// </code>
/// </example>
public sealed class OrderKernelOptions
{
    private OrderKernelOptions(ImmutableList<AddedGuard> guards, ImmutableSortedSet<OptionalStage> omitted)
    {
        Guards = guards;
        Omitted = omitted;
    }

    /// <summary>Gets options that change nothing: the standard kernel.</summary>
    public static OrderKernelOptions Default { get; } = new(ImmutableList<AddedGuard>.Empty, ImmutableSortedSet<OptionalStage>.Empty);

    /// <summary>Gets the optional stages left out of the lifecycle (<see cref="Without"/>).</summary>
    public ImmutableSortedSet<OptionalStage> Omitted { get; }

    internal ImmutableList<AddedGuard> Guards { get; }

    /// <summary>Adds a named, described guard to the transition <paramref name="from"/> → <paramref name="to"/> on <paramref name="kind"/>.</summary>
    /// <param name="kind">The command kind of the transition.</param>
    /// <param name="from">The transition's source status.</param>
    /// <param name="to">The transition's target status.</param>
    /// <param name="name">The guard's name, unique in the lifecycle (e.g. <c>credit-line-covers-order</c>).</param>
    /// <param name="description">What the guard checks, in a sentence.</param>
    /// <param name="rule">The rule it enforces (the embedder's own reference).</param>
    /// <param name="check">The evaluation: <see langword="null"/> when the guard holds, otherwise the refusal.</param>
    /// <returns>New options with the guard added.</returns>
    public OrderKernelOptions WithGuard(CommandKind kind, OrderStatus from, OrderStatus to, string name, string description, string rule, Func<Order, DecisionContext, Violation?> check) =>
        new(Guards.Add(new AddedGuard(kind, from, to, TransitionGuard.Single(name, description, rule, check))), Omitted);

    /// <summary>
    /// Leaves an optional stage out of the lifecycle: its modules declare the configured edges, the statuses no longer
    /// reachable are dropped, and the lifecycle definition (and so its diagrams) shows the configured machine.
    /// </summary>
    /// <param name="stage">The stage to leave out.</param>
    /// <returns>New options without the stage (the same stage twice is left out once).</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="stage"/> is not an <see cref="OptionalStage"/>.</exception>
    /// <example>
    /// <code>
    /// var decider = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.FinalInspection));
    /// // CompleteProduction: InProduction --> Inspected; no RecordInspection, no ProductionCompleted status
    /// </code>
    /// </example>
    public OrderKernelOptions Without(OptionalStage stage) =>
        new(Guards, Omitted.Add(Guard.Against.EnumOutOfRange(stage)));

    internal sealed record AddedGuard(CommandKind Kind, OrderStatus From, OrderStatus To, TransitionGuard Guard);

    internal ModuleRegistry Freeze()
    {
        if (Guards.IsEmpty && Omitted.IsEmpty)
        {
            return StandardModules.Registry;
        }

        try
        {
            return ModuleRegistry.Build(StandardModules.All, Omitted, m =>
            {
                foreach (var g in Guards)
                {
                    m.AddGuard(g.Kind, g.From, g.To, g.Guard);
                }
            });
        }
        catch (InvalidOperationException invalid)
        {
            throw new ArgumentException(invalid.Message, "options", invalid);
        }
    }
}
