using System.Collections.Generic;
using NodaTime;
using OneOf;
using OrderKernel.Policies;

namespace OrderKernel.Testing;

/// <summary>
/// Drives one order through commands like a host does: decides each command at an instant a step later than the last,
/// keeps the accepted events and the current state. Not thread-safe; one per test.
/// </summary>
/// <param name="policies">The policies; default <see cref="OrderPolicies.Default"/>.</param>
/// <param name="decider">The configured decider (custom guards, omitted stages); default the standard <see cref="OrderDecider"/>.</param>
public sealed class OrderDriver(OrderPolicies? policies = null, ConfiguredOrderDecider? decider = null)
{
    private readonly List<OrderEvent> _events = [];

    /// <summary>Gets the instant a new driver starts at: <see cref="SeedOrder.Start"/>.</summary>
    public static Instant Start => SeedOrder.Start;

    /// <summary>Gets the current state; <see langword="null"/> before the order exists.</summary>
    public Order? State { get; private set; }

    /// <summary>Gets the current state.</summary>
    /// <exception cref="System.InvalidOperationException">No order yet.</exception>
    public Order Current => State ?? throw new ScenarioException("No order yet: receive one first.");

    /// <summary>Gets or sets the instant of the last decision (the next one is later by its step).</summary>
    public Instant Now { get; set; } = Start;

    /// <summary>Gets the events accepted so far, in order.</summary>
    public IReadOnlyList<OrderEvent> Events => _events;

    /// <summary>Gets the policies every decision uses.</summary>
    public OrderPolicies Policies { get; } = policies ?? OrderPolicies.Default;

    /// <summary>Gets the configured decider, or <see langword="null"/> for the standard <see cref="OrderDecider"/>.</summary>
    public ConfiguredOrderDecider? Decider { get; } = decider;

    /// <summary>Gets the lifecycle the decisions follow: the configured one, or <see cref="OrderLifecycle.Definition"/>.</summary>
    public StateMachineDefinition<OrderStatus, CommandKind> Lifecycle => Decider?.Lifecycle ?? OrderLifecycle.Definition;

    /// <summary>Gets the settings <see cref="OrderInvariants"/> needs to check this driver's decisions (its lifecycle and policies).</summary>
    public InvariantSettings Invariants => new(Lifecycle, Policies, Decider);

    /// <summary>The context of a decision by an actor at <see cref="Now"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The context.</returns>
    public DecisionContext Context(Actor actor) => DecisionContext.Create(Now, actor, Policies);

    /// <summary>Decides a command a step later (default one hour); keeps the state and events when accepted.</summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who issues it.</param>
    /// <param name="after">How long after the last decision; default one hour.</param>
    /// <returns>The decision.</returns>
    public OneOf<Accepted, Rejected> Try(OrderCommand command, Actor actor, Duration? after = null)
    {
        Now += after ?? Duration.FromHours(1);
        var context = DecisionContext.Create(Now, actor, Policies);
        var result = Decider is null ? OrderDecider.Decide(State, command, context) : Decider.Decide(State, command, context);
        if (result.TryPickT0(out var accepted, out _))
        {
            State = accepted.State;
            _events.AddRange(accepted.Events);
        }

        return result;
    }

    /// <summary>Decides a command that must be accepted.</summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who issues it.</param>
    /// <param name="after">How long after the last decision; default one hour.</param>
    /// <returns>The acceptance.</returns>
    /// <exception cref="ScenarioException">The command was refused (the exception holds the refusal).</exception>
    public Accepted Do(OrderCommand command, Actor actor, Duration? after = null)
    {
        var result = Try(command, actor, after);
        return result.TryPickT1(out var rejected, out var accepted)
            ? throw new ScenarioException($"{command.Kind} by {actor.Name} was rejected: {rejected}", command, rejected)
            : accepted;
    }

    /// <summary>Decides a command that must be refused, and checks the state did not change.</summary>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who issues it.</param>
    /// <param name="after">How long after the last decision; default one hour.</param>
    /// <returns>The refusal.</returns>
    /// <exception cref="ScenarioException">The command was accepted.</exception>
    public Rejected Refuse(OrderCommand command, Actor actor, Duration? after = null)
    {
        var before = State;
        var result = Try(command, actor, after);
        return result.TryPickT1(out var rejected, out _) && ReferenceEquals(before, State)
            ? rejected
            : throw new ScenarioException($"{command.Kind} by {actor.Name} was accepted but should have been refused.");
    }
}
