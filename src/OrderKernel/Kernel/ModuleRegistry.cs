using System.Collections.Frozen;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using OrderKernel.Policies;

namespace OrderKernel.Kernel;

/// <summary>
/// The one immutable registry the kernel runs on, built from the modules and validated once: every command kind is
/// declared once with a decide function, every guard name belongs to one guard, the transitions form a valid lifecycle
/// table (no duplicate edge, every state reachable), and exactly one event starts an order.
/// </summary>
internal sealed class ModuleRegistry
{
    private readonly CommandEntry[] _commands;
    private readonly TransitionGuard[][] _guards;
    private readonly int _kindCount;
    // Keyed by the event type's runtime handle (a number): the one lookup every folded event makes.
    private readonly FrozenDictionary<nint, EventFold> _folds;
    private readonly ImmutableArray<Type> _appliedEvents;

    private ModuleRegistry(
        StateMachineDefinition<OrderStatus, CommandKind> lifecycle,
        CommandEntry[] commands,
        TransitionGuard[][] guards,
        ImmutableArray<CommandGate> gates,
        ImmutableArray<Func<Order?, Order, DecisionContext, IReadOnlyList<OrderEvent>?>> followUps,
        Type startEvent,
        Func<OrderEvent, Order> start,
        Dictionary<Type, EventFold> folds)
    {
        _folds = folds.ToFrozenDictionary(kv => kv.Key.TypeHandle.Value, kv => kv.Value);
        _appliedEvents = [.. folds.Keys.Where(t => t != startEvent)];
        Lifecycle = lifecycle;
        _commands = commands;
        _guards = guards;
        _kindCount = commands.Length;
        Gates = gates;
        FollowUps = followUps;
        StartEvent = startEvent;
        Start = start;
        var roles = ImmutableDictionary.CreateBuilder<CommandKind, ValueList<Role>>();
        foreach (var c in commands)
        {
            roles[c.Kind] = c.Roles;
        }

        DefaultRoles = roles.ToImmutable();
    }

    /// <summary>Gets the lifecycle table the transitions form, with the guards' descriptions.</summary>
    public StateMachineDefinition<OrderStatus, CommandKind> Lifecycle { get; }

    /// <summary>Gets the roles the modules allow each command kind by default.</summary>
    public ImmutableDictionary<CommandKind, ValueList<Role>> DefaultRoles { get; }

    /// <summary>Gets the gates checked after the lifecycle table (holds).</summary>
    public ImmutableArray<CommandGate> Gates { get; }

    /// <summary>Gets the producers of events that follow an accepted decision (service-level breaches).</summary>
    public ImmutableArray<Func<Order?, Order, DecisionContext, IReadOnlyList<OrderEvent>?>> FollowUps { get; }

    /// <summary>Gets the type of the event that starts an order's stream.</summary>
    public Type StartEvent { get; }

    /// <summary>Gets the function that creates the order from its first event.</summary>
    public Func<OrderEvent, Order> Start { get; }

    /// <summary>Gets the event types the modules apply (every event but the starting one).</summary>
    public IEnumerable<Type> AppliedEvents => _appliedEvents;

    /// <summary>Gets how <paramref name="e"/> folds: its module's apply function and the milestones it reaches.</summary>
    /// <exception cref="ArgumentException">No module applies events of this type.</exception>
    public EventFold FoldOf(OrderEvent e) =>
        _folds.TryGetValue(e.GetType().TypeHandle.Value, out var fold) ? fold : throw new ArgumentException($"No module applies events of type {e.GetType().Name}.", "event");

    /// <summary>Gets what the authorization policy is told about a command kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a declared kind.</exception>
    public CommandPermission Permission(CommandKind kind) =>
        (uint)kind < (uint)_kindCount ? _commands[(int)kind].Permission : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a command kind.");

    /// <summary>Gets a command kind's entry.</summary>
    public CommandEntry Command(CommandKind kind) => _commands[(int)kind];

    /// <summary>Gets the guards of the transitions leaving <paramref name="status"/> on <paramref name="kind"/>, in declaration order.</summary>
    public ReadOnlySpan<TransitionGuard> GuardsOf(OrderStatus status, CommandKind kind) => _guards[((int)status * _kindCount) + (int)kind];

    /// <summary>Builds and validates the registry from the modules, in order, then the embedder's additions.</summary>
    /// <param name="modules">The modules.</param>
    /// <param name="configure">Additions applied after the modules (an embedder's guards); optional.</param>
    /// <returns>The frozen registry.</returns>
    /// <exception cref="InvalidOperationException">The modules do not form a valid registry.</exception>
    public static ModuleRegistry Build(IEnumerable<IOrderModule> modules, Action<ModuleBuilder>? configure = null) =>
        Build(modules, ImmutableSortedSet<OptionalStage>.Empty, configure);

    /// <summary>
    /// Builds and validates the registry from the modules, which leave out the <paramref name="omitted"/> stages, then the
    /// embedder's additions. With stages left out, the statuses no longer reachable from <see cref="OrderStatus.Draft"/>
    /// are dropped with their edges; every remaining status must be reachable.
    /// </summary>
    /// <param name="modules">The modules.</param>
    /// <param name="omitted">The optional stages left out.</param>
    /// <param name="configure">Additions applied after the modules (an embedder's guards); optional.</param>
    /// <returns>The frozen registry.</returns>
    /// <exception cref="InvalidOperationException">The modules do not form a valid registry.</exception>
    public static ModuleRegistry Build(IEnumerable<IOrderModule> modules, IReadOnlySet<OptionalStage> omitted, Action<ModuleBuilder>? configure)
    {
        Guard.Against.Null(modules);
        Guard.Against.Null(omitted);
        var m = new ModuleBuilder(omitted);
        foreach (var module in modules)
        {
            module.Register(m);
        }

        configure?.Invoke(m);
        var states = omitted.Count == 0 ? Enum.GetValues<OrderStatus>() : DropUnreachable(m.Edges);
        var kinds = Enum.GetValues<CommandKind>();
        var commands = new CommandEntry?[kinds.Length];
        foreach (var c in m.Commands)
        {
            if (commands[(int)c.Kind] is not null)
            {
                throw new InvalidOperationException($"Command kind {c.Kind} is declared twice.");
            }

            if (c.Decide is null && c.Open is null)
            {
                throw new InvalidOperationException($"Command kind {c.Kind} has no decide function.");
            }

            commands[(int)c.Kind] = new CommandEntry(c.Kind, c.Roles, c.AuthorizationRule, c.Decide, c.Open, c.Opens, c.Verify);
        }

        foreach (var kind in kinds)
        {
            if (commands[(int)kind] is null)
            {
                throw new InvalidOperationException($"Command kind {kind} is declared by no module.");
            }
        }

        if (m.StartEvents.Count != 1)
        {
            throw new InvalidOperationException($"Exactly one event must start an order; the modules declare {m.StartEvents.Count}.");
        }

        var byName = new Dictionary<string, TransitionGuard>(StringComparer.Ordinal);
        var described = new List<GuardDescription>();
        var transitions = new List<Transition<OrderStatus, CommandKind>>(m.Edges.Count);
        foreach (var e in m.Edges)
        {
            var names = new string[e.Guards.Count];
            for (var i = 0; i < names.Length; i++)
            {
                var g = e.Guards[i];
                if (!byName.TryGetValue(g.Name, out var known))
                {
                    byName[g.Name] = g;
                    described.Add(g.Describe());
                }
                else if (!ReferenceEquals(known, g))
                {
                    throw new InvalidOperationException($"Two different guards are named '{g.Name}'.");
                }

                names[i] = g.Name;
            }

            transitions.Add(StateMachineDefinition<OrderStatus, CommandKind>.Edge(e.From, e.Kind, e.To, names));
        }

        StateMachineDefinition<OrderStatus, CommandKind> lifecycle;
        try
        {
            lifecycle = StateMachineDefinition<OrderStatus, CommandKind>.CreateOver(states, "order", OrderStatus.Draft, transitions, described);
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidOperationException($"The modules' transitions do not form a valid lifecycle: {invalid.Message}", invalid);
        }

        var guards = new TransitionGuard[Enum.GetValues<OrderStatus>().Length * kinds.Length][];
        foreach (var s in Enum.GetValues<OrderStatus>())
        {
            foreach (var k in kinds)
            {
                var list = new List<TransitionGuard>();
                foreach (var t in lifecycle.From(s, k))
                {
                    foreach (var name in t.Guards)
                    {
                        list.Add(byName[name]);
                    }
                }

                guards[((int)s * kinds.Length) + (int)k] = [.. list];
            }
        }

        var entries = new CommandEntry[kinds.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = commands[i]!;
        }

        var (startEvent, start) = m.StartEvents[0];
        return new ModuleRegistry(lifecycle, entries, guards, [.. m.Gates], [.. m.FollowUps], startEvent, start, Folds(m, startEvent));
    }

    // The statuses reachable from Draft over the edges; the edges leaving the others are removed (a stage left out
    // leaves its status unreachable, e.g. the completed-production status without the final inspection).
    private static OrderStatus[] DropUnreachable(List<ModuleBuilder.EdgeDraft> edges)
    {
        var reachable = new HashSet<OrderStatus> { OrderStatus.Draft };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var e in edges)
            {
                changed |= reachable.Contains(e.From) && reachable.Add(e.To);
            }
        }

        edges.RemoveAll(e => !reachable.Contains(e.From));
        return [.. Enum.GetValues<OrderStatus>().Where(reachable.Contains)];
    }

    private static Dictionary<Type, EventFold> Folds(ModuleBuilder m, Type startEvent)
    {
        var applies = new Dictionary<Type, Func<Order, OrderEvent, Order>>();
        foreach (var (type, apply) in m.Appliers)
        {
            if (type == startEvent || !applies.TryAdd(type, apply))
            {
                throw new InvalidOperationException($"{type.Name} is applied twice, or is the starting event (which creates the order).");
            }
        }

        var reaches = new Dictionary<Type, Func<Order, OrderEvent, Order>>();
        foreach (var (type, reach) in m.Reachers)
        {
            if (!reaches.TryAdd(type, reach) || (type != startEvent && !applies.ContainsKey(type)))
            {
                throw new InvalidOperationException($"{type.Name} declares its milestones twice, or no module applies it.");
            }
        }

        var folds = applies.ToDictionary(kv => kv.Key, kv => new EventFold(kv.Value, reaches.GetValueOrDefault(kv.Key)));
        // The starting event creates the order (Start); it is never applied to one, only its milestones recorded. Met
        // again in a stream, its fold refuses it, so the fold's one lookup per event also catches a second start.
        folds[startEvent] = new EventFold(StartedTwice, reaches.GetValueOrDefault(startEvent));
        return folds;
    }

    private static Order StartedTwice(Order working, OrderEvent e)
    {
        var first = e.GetType().Name;
        throw new ArgumentException($"Event {e.Version} ({first}): order {working.Id} already exists; {first} must be the first event.", "event");
    }
}

/// <summary>Everything the kernel knows about one command kind, as its module declared it.</summary>
internal sealed record CommandEntry(
    CommandKind Kind,
    ValueList<Role> Roles,
    string AuthorizationRule,
    Func<Order, OrderCommand, DecisionContext, Outcome>? Decide,
    Func<OrderCommand, DecisionContext, Outcome>? Open,
    Func<OrderCommand, OrderId>? Opens,
    Action<Order, Order>? Verify)
{
    /// <summary>Gets what the authorization policy is told about the command.</summary>
    public CommandPermission Permission { get; } = new(Kind, Roles, AuthorizationRule);
}

/// <summary>How one event type folds into the order: its module's apply function and the milestones it reaches.</summary>
/// <param name="Apply">Returns the order after the event.</param>
/// <param name="Reach">Returns the order with the milestones reached recorded, or <see langword="null"/>.</param>
internal sealed record EventFold(Func<Order, OrderEvent, Order> Apply, Func<Order, OrderEvent, Order>? Reach);
