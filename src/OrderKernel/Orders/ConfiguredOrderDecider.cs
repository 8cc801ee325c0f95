using System;
using System.Collections.Generic;
using OneOf;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>
/// The order decider over a lifecycle an embedder configured (<see cref="OrderDecider.Create"/>): the same pipeline and
/// answers as <see cref="OrderDecider"/>, with the embedder's guards frozen in. Immutable and safe to share.
/// </summary>
public sealed class ConfiguredOrderDecider
{
    private readonly DecisionPipeline _pipeline;

    internal ConfiguredOrderDecider(DecisionPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Gets the configured lifecycle: the standard table with the embedder's guards on their edges.</summary>
    public StateMachineDefinition<OrderStatus, CommandKind> Lifecycle => _pipeline.Registry.Lifecycle;

    /// <summary>Decides a command against the current state, as <see cref="OrderDecider.Decide"/> does, checking the added guards with the transition's own.</summary>
    /// <param name="state">The current state; <see langword="null"/> before the order exists.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The instant, actor and policies.</param>
    /// <returns>The accepted events and new state, or the violations.</returns>
    public OneOf<Accepted, Rejected> Decide(Order? state, OrderCommand command, DecisionContext context) => _pipeline.Decide(state, command, context);

    /// <summary>Folds one event into the state, as <see cref="OrderDecider.Evolve"/> does.</summary>
    /// <param name="state">The state; <see langword="null"/> before the first event.</param>
    /// <param name="event">The event.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentException">The event cannot apply to the state (a corrupt or reordered stream).</exception>
    public Order Evolve(Order? state, OrderEvent @event) => _pipeline.Evolve(state, @event);

    /// <summary>Rebuilds the state from its events, as <see cref="OrderDecider.Replay"/> does.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The state, or <see langword="null"/> for no events.</returns>
    /// <exception cref="ArgumentException">An event cannot apply to the state (a corrupt or reordered stream).</exception>
    public Order? Replay(IEnumerable<OrderEvent> events) => _pipeline.Replay(events);

    /// <summary>Lists every command kind with whether it may be issued now and why not, the added guards included.</summary>
    /// <param name="state">The current state; <see langword="null"/> before the order exists.</param>
    /// <param name="context">The instant, actor and policies.</param>
    /// <returns>One entry per command kind, in <see cref="CommandKind"/> order.</returns>
    public ValueList<CommandAvailability> PermittedCommands(Order? state, DecisionContext context) => _pipeline.PermittedCommands(state, context);

    /// <summary>The command kinds the actor may issue now, the added guards included.</summary>
    /// <param name="state">The current state; <see langword="null"/> before the order exists.</param>
    /// <param name="context">The instant, actor and policies.</param>
    /// <returns>The permitted kinds.</returns>
    public CommandKindSet PermittedKinds(Order? state, DecisionContext context) => _pipeline.PermittedKinds(state, context);

    /// <summary>Gets what the authorization policy is told about a command kind in this configuration.</summary>
    /// <param name="kind">The command kind.</param>
    /// <returns>The kind's permission.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a command kind.</exception>
    public CommandPermission Permission(CommandKind kind) => _pipeline.Registry.Permission(kind);
}
