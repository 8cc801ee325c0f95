using System.Collections.Generic;
using Ardalis.GuardClauses;
using OrderKernel.Policies;

namespace OrderKernel.Testing;

/// <summary>What <see cref="OrderInvariants"/> checks a decision against: the lifecycle and policies it was decided with.</summary>
/// <param name="Lifecycle">The transition table (the configured one when guards were added or stages left out).</param>
/// <param name="Policies">The policies (the settlement statement is built with them).</param>
/// <param name="Decider">The configured decider whose <c>Evolve</c> and <c>Replay</c> are used, or <see langword="null"/> for <see cref="OrderDecider"/>.</param>
public sealed record InvariantSettings(StateMachineDefinition<OrderStatus, CommandKind> Lifecycle, OrderPolicies Policies, ConfiguredOrderDecider? Decider = null)
{
    /// <summary>Gets the settings of the standard kernel: <see cref="OrderLifecycle.Definition"/> and <see cref="OrderPolicies.Default"/>.</summary>
    public static InvariantSettings Default { get; } = new(OrderLifecycle.Definition, OrderPolicies.Default);

    /// <summary>The settings of a configured decider and policies.</summary>
    /// <param name="decider">The configured decider.</param>
    /// <param name="policies">The policies; default <see cref="OrderPolicies.Default"/>.</param>
    /// <returns>The settings.</returns>
    public static InvariantSettings For(ConfiguredOrderDecider decider, OrderPolicies? policies = null) =>
        new(Guard.Against.Null(decider).Lifecycle, policies ?? OrderPolicies.Default, decider);

    internal Order Evolve(Order? state, OrderEvent @event) => Decider is null ? OrderDecider.Evolve(state, @event) : Decider.Evolve(state, @event);

    internal Order? Replay(IEnumerable<OrderEvent> events) => Decider is null ? OrderDecider.Replay(events) : Decider.Replay(events);
}
