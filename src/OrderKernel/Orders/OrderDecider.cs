using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using OneOf;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>
/// The order decider: <see cref="Decide"/> (may this command happen now, and what happened if so) and
/// <see cref="Evolve"/> (fold one event into the state). Both are pure: no clock, no I/O, no mutable state.
/// </summary>
/// <example>
/// <code>
/// var context = DecisionContext.Create(clock.GetCurrentInstant(), actor);
/// var result = OrderDecider.Decide(state, new RecordOrder(sequence.Next()), context);
/// result.Switch(
///     accepted => store.Append(accepted.Events, expectedVersion: state?.Version ?? 0),
///     rejected => ui.Show(rejected.Violations));
/// </code>
/// </example>
public static class OrderDecider
{
    private static readonly DecisionPipeline Pipeline = StandardModules.Pipeline;

    /// <summary>Creates a decider over the standard lifecycle changed by an embedder's options (its own guards).</summary>
    /// <param name="options">The options, frozen here; validated against the lifecycle.</param>
    /// <returns>The configured decider.</returns>
    /// <exception cref="ArgumentException">An added guard names a transition the lifecycle does not have, or a name another guard has.</exception>
    public static ConfiguredOrderDecider Create(OrderKernelOptions options)
    {
        Guard.Against.Null(options);
        var registry = options.Freeze();
        return new ConfiguredOrderDecider(ReferenceEquals(registry, StandardModules.Registry) ? Pipeline : new DecisionPipeline(registry));
    }

    /// <summary>Decides a command against the current state.</summary>
    /// <remarks>
    /// <para>Checks, in order: the decision's instant (within <see cref="KernelLimits"/> and not before the order's last
    /// event), authorization, idempotency (a key already applied to the same command returns the same state without
    /// events; reused for a different command it is refused), the command's values against <see cref="KernelLimits"/>,
    /// the lifecycle table (a transition from the current status must exist), an active hold, the transition's named
    /// guards, then the command's own rules, and last that the order's history lists stay within their limits. A
    /// business refusal is a <see cref="Rejected"/> value, never an exception.</para>
    /// <para>The events are stamped with the order's id, their version, and the command's idempotency key and
    /// fingerprint, so a stream of them is self-checking when replayed.</para>
    /// </remarks>
    /// <param name="state">The current state; <see langword="null"/> before the order exists.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The instant, actor and policies.</param>
    /// <returns>The accepted events and new state, or the violations.</returns>
    public static OneOf<Accepted, Rejected> Decide(Order? state, OrderCommand command, DecisionContext context) =>
        Pipeline.Decide(state, command, context);

    /// <summary>Folds one event into the state. Total and deterministic; never consults a policy.</summary>
    /// <remarks>
    /// The stream is checked as it is folded: the first event must be <see cref="OrderReceived"/> with version 1, every
    /// later one must belong to the same order, carry the next version, name its actor, happen no earlier than the last,
    /// apply to the state it meets and leave an order that passes the checks a snapshot passes; an event that does not
    /// is refused with an <see cref="ArgumentException"/> that names its version and what is wrong, and the state passed
    /// in is unchanged.
    /// </remarks>
    /// <param name="state">The state; <see langword="null"/> before <see cref="OrderReceived"/>.</param>
    /// <param name="event">The event.</param>
    /// <returns>The new state, its <see cref="Order.Version"/> one higher.</returns>
    /// <exception cref="ArgumentException">The event cannot apply to the state (a corrupt or reordered stream).</exception>
    public static Order Evolve(Order? state, OrderEvent @event) => Pipeline.Evolve(state, @event);

    /// <summary>Rebuilds the state from its events: the same result as <c>events.Aggregate(null, Evolve)</c>.</summary>
    /// <remarks>
    /// Replay folds every event into one working copy instead of copying the order per event, so it is linear in the
    /// number of events. The stream is checked as <see cref="Evolve"/> checks it, and the state it ends in is checked
    /// like a snapshot read from JSON.
    /// </remarks>
    /// <param name="events">The events, in order.</param>
    /// <returns>The state, or <see langword="null"/> for no events.</returns>
    /// <exception cref="ArgumentException">An event cannot apply to the state (a corrupt or reordered stream).</exception>
    public static Order? Replay(IEnumerable<OrderEvent> events) => Pipeline.Replay(events);

    /// <summary>
    /// Lists every command kind with whether it may be issued now and, if not, why (authorization, lifecycle, hold, guards).
    /// </summary>
    /// <remarks>
    /// For tooltips and audit screens. To enable buttons, <see cref="PermittedKinds"/> answers the same question without
    /// the explanations and with almost no allocation. A permitted kind may still be refused by the command's own rules.
    /// A kind the lifecycle does not allow yet, whose opening steps are all refused, names the first of them as its
    /// <see cref="CommandAvailability.Prerequisite"/> and starts its reasons with that step's refusal (Ship while the
    /// balance is unpaid: the unpaid balance that refuses <see cref="CommandKind.ReleaseForShipment"/>), the lifecycle
    /// reason last.
    /// </remarks>
    /// <param name="state">The current state; <see langword="null"/> before the order exists.</param>
    /// <param name="context">The instant, actor and policies.</param>
    /// <returns>One entry per command kind, in <see cref="CommandKind"/> order.</returns>
    public static ValueList<CommandAvailability> PermittedCommands(Order? state, DecisionContext context) => Pipeline.PermittedCommands(state, context);

    /// <summary>
    /// The command kinds the actor may issue now: allowed for the actor's roles, leaving the current status in the
    /// lifecycle table, not blocked by a hold, and with every guard of the transition passing; the same answer as the
    /// entries of <see cref="PermittedCommands"/> that are permitted. With the default policies it allocates only when a
    /// guard refuses (the refusal, its message left unformatted).
    /// </summary>
    /// <remarks>A permitted kind may still be refused by the command's own rules (its input, the area's checks).</remarks>
    /// <param name="state">The current state; <see langword="null"/> before the order exists.</param>
    /// <param name="context">The instant, actor and policies.</param>
    /// <returns>The permitted kinds.</returns>
    public static CommandKindSet PermittedKinds(Order? state, DecisionContext context) => Pipeline.PermittedKinds(state, context);

    /// <summary>
    /// Gets what the authorization policy is told about a command kind: the roles its module allows by default and the
    /// rule a refusal cites (<see cref="AuthorizationPolicyOptions.AllowedRoles"/> replaces the roles per kind).
    /// </summary>
    /// <param name="kind">The command kind.</param>
    /// <returns>The kind's permission.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a command kind.</exception>
    public static CommandPermission Permission(CommandKind kind) => Pipeline.Registry.Permission(kind);
}
