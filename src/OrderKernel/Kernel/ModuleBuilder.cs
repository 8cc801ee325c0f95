using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace OrderKernel.Kernel;

/// <summary>
/// What the modules declare, collected in declaration order (modules in registration order, then each module's
/// declarations in order): commands with their roles, transitions, guards and decide functions, and the hooks of the
/// pipeline. <see cref="ModuleRegistry.Build(IEnumerable{IOrderModule}, IReadOnlySet{OptionalStage}, Action{ModuleBuilder})"/> validates and freezes it.
/// </summary>
internal sealed class ModuleBuilder
{
    private readonly IReadOnlySet<OptionalStage> _omitted;

    /// <summary>Creates a builder for a lifecycle without the <paramref name="omitted"/> stages.</summary>
    /// <param name="omitted">The optional stages left out.</param>
    public ModuleBuilder(IReadOnlySet<OptionalStage> omitted) => _omitted = Guard.Against.Null(omitted);

    internal List<CommandDraft> Commands { get; } = [];

    internal List<EdgeDraft> Edges { get; } = [];

    internal List<CommandGate> Gates { get; } = [];

    internal List<Func<Order?, Order, DecisionContext, IReadOnlyList<OrderEvent>?>> FollowUps { get; } = [];

    internal List<(Type Event, Func<OrderEvent, Order> Create)> StartEvents { get; } = [];

    internal List<(Type Event, Func<Order, OrderEvent, Order> Apply)> Appliers { get; } = [];

    internal List<(Type Event, Func<Order, OrderEvent, Order> Reach)> Reachers { get; } = [];

    /// <summary>Tells whether the lifecycle includes an optional stage (<see cref="OrderKernelOptions.Without"/>); the module owning it declares its edges accordingly.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns><see langword="true"/> unless the embedder left the stage out.</returns>
    public bool Includes(OptionalStage stage) => !_omitted.Contains(stage);

    /// <summary>Declares a command: its kind, and through the returned builder its roles, transitions and decision.</summary>
    /// <typeparam name="TCommand">The command's type.</typeparam>
    /// <param name="kind">The command's kind.</param>
    /// <returns>The command's builder.</returns>
    public CommandBuilder<TCommand> Command<TCommand>(CommandKind kind)
        where TCommand : OrderCommand
    {
        var draft = new CommandDraft(kind, typeof(TCommand));
        Commands.Add(draft);
        return new CommandBuilder<TCommand>(this, draft);
    }

    /// <summary>
    /// Adds a gate checked after the lifecycle table for every command on an existing order (a hold blocks commands):
    /// <paramref name="check"/> returns the refusal, or <see langword="null"/> when the gate lets the command through.
    /// </summary>
    public ModuleBuilder Gate(Func<Order, CommandKind, DecisionContext, Violation?> check)
    {
        Gates.Add(new CommandGate(Guard.Against.Null(check)));
        return this;
    }

    /// <summary>
    /// Adds events that follow every accepted decision (breaches of service levels), from the state before and after
    /// it; the kernel stamps and folds them like the command's own events.
    /// </summary>
    public ModuleBuilder FollowUp(Func<Order?, Order, DecisionContext, IReadOnlyList<OrderEvent>?> events)
    {
        FollowUps.Add(Guard.Against.Null(events));
        return this;
    }

    /// <summary>Declares the event that starts an order's stream and how it creates the order.</summary>
    public ModuleBuilder Starts<TEvent>(Func<TEvent, Order> create)
        where TEvent : OrderEvent
    {
        Guard.Against.Null(create);
        StartEvents.Add((typeof(TEvent), e => create((TEvent)e)));
        return this;
    }

    /// <summary>
    /// Declares how an event of the module folds into the order: <paramref name="apply"/> returns the order after the
    /// event, made with <c>with</c> from the one before. Every event but the starting one has exactly one.
    /// </summary>
    public ModuleBuilder Applies<TEvent>(Func<Order, TEvent, Order> apply)
        where TEvent : OrderEvent
    {
        Guard.Against.Null(apply);
        Appliers.Add((typeof(TEvent), (s, e) => apply(s, (TEvent)e)));
        return this;
    }

    /// <summary>
    /// Declares how an event folds into an order that must hold a stage record (<paramref name="stage"/>: the review, the
    /// quotation, the contract…): <paramref name="apply"/> receives it, never <see langword="null"/>. An event whose order
    /// lacks the record was not decided by the kernel: the fold refuses it as a corrupt stream.
    /// </summary>
    public ModuleBuilder Applies<TEvent, TStage>(Func<Order, TStage?> stage, Func<Order, TStage, TEvent, Order> apply)
        where TEvent : OrderEvent
        where TStage : class
    {
        Guard.Against.Null(stage);
        Guard.Against.Null(apply);
        Appliers.Add((typeof(TEvent), (s, e) => apply(s, stage(s) ?? throw MissingStage<TStage>(typeof(TEvent).Name), (TEvent)e)));
        return this;
    }

    /// <summary>
    /// Declares what an event (of any module) also records after it is applied: the service-level milestones it
    /// reaches (R38). At most one per event.
    /// </summary>
    public ModuleBuilder Reaches<TEvent>(Func<Order, TEvent, Order> reach)
        where TEvent : OrderEvent
    {
        Guard.Against.Null(reach);
        Reachers.Add((typeof(TEvent), (s, e) => reach(s, (TEvent)e)));
        return this;
    }

    private static InvalidOperationException MissingStage<TStage>(string what) =>
        new($"{what} needs the order's {typeof(TStage).Name}, which the order does not have.");

    /// <summary>Adds a guard to a transition declared before (an embedder's own guard, frozen with the registry).</summary>
    /// <exception cref="ArgumentException">No module declared the transition.</exception>
    public ModuleBuilder AddGuard(CommandKind kind, OrderStatus from, OrderStatus to, TransitionGuard guard)
    {
        Guard.Against.Null(guard);
        var edge = Edges.Find(e => e.Kind == kind && e.From == from && e.To == to)
            ?? throw new ArgumentException($"No module declares the transition {from} --{kind}--> {to}, so guard '{guard.Name}' cannot be added to it.", nameof(kind));
        edge.Guards.Add(guard);
        return this;
    }

    internal sealed class CommandDraft(CommandKind kind, Type type)
    {
        public CommandKind Kind { get; } = kind;

        public Type Type { get; } = type;

        public ValueList<Role> Roles { get; set; }

        public string AuthorizationRule { get; set; } = "R34";

        public Func<Order, OrderCommand, DecisionContext, Outcome>? Decide { get; set; }

        public Func<OrderCommand, DecisionContext, Outcome>? Open { get; set; }

        public Func<OrderCommand, OrderId>? Opens { get; set; }

        public Action<Order, Order>? Verify { get; set; }
    }

    internal sealed class EdgeDraft(OrderStatus from, CommandKind kind, OrderStatus to, List<TransitionGuard> guards)
    {
        public OrderStatus From { get; } = from;

        public CommandKind Kind { get; } = kind;

        public OrderStatus To { get; } = to;

        public List<TransitionGuard> Guards { get; } = guards;
    }
}

/// <summary>A check that may block a command on an existing order before its guards run (R33 holds).</summary>
internal sealed record CommandGate(Func<Order, CommandKind, DecisionContext, Violation?> Check);

/// <summary>Declares one command of a module: default roles, transitions with guards, decide function, sub-machine checks.</summary>
/// <typeparam name="TCommand">The command's type.</typeparam>
internal sealed class CommandBuilder<TCommand>
    where TCommand : OrderCommand
{
    private readonly ModuleBuilder _module;
    private readonly ModuleBuilder.CommandDraft _draft;

    internal CommandBuilder(ModuleBuilder module, ModuleBuilder.CommandDraft draft)
    {
        _module = module;
        _draft = draft;
    }

    /// <summary>Sets the roles allowed to issue the command by default (<c>AuthorizationPolicyOptions.AllowedRoles</c>).</summary>
    public CommandBuilder<TCommand> AllowedTo(params ReadOnlySpan<Role> roles)
    {
        _draft.Roles = ValueList<Role>.Of(roles);
        return this;
    }

    /// <summary>Sets the rule a refusal for a missing role cites (R34 unless set).</summary>
    public CommandBuilder<TCommand> AuthorizedUnder(string rule)
    {
        _draft.AuthorizationRule = Guard.Against.NullOrWhiteSpace(rule);
        return this;
    }

    /// <summary>Adds the transition <paramref name="from"/> → <paramref name="to"/>, allowed when every guard holds.</summary>
    public CommandBuilder<TCommand> Permit(OrderStatus from, OrderStatus to, params ReadOnlySpan<TransitionGuard> guards)
    {
        _module.Edges.Add(new ModuleBuilder.EdgeDraft(from, _draft.Kind, to, [.. guards]));
        return this;
    }

    /// <summary>Adds a self-loop (the command keeps the status) in each of <paramref name="states"/>.</summary>
    public CommandBuilder<TCommand> PermitWithin(params ReadOnlySpan<OrderStatus> states)
    {
        foreach (var s in states)
        {
            Permit(s, s);
        }

        return this;
    }

    /// <summary>Sets the command's decision on an existing order.</summary>
    public CommandBuilder<TCommand> Decide(Func<Order, TCommand, DecisionContext, Outcome> decide)
    {
        Guard.Against.Null(decide);
        _draft.Decide = (state, command, context) => decide(state, (TCommand)command, context);
        return this;
    }

    /// <summary>
    /// Sets the command's decision on an order that must hold a stage record (<paramref name="stage"/>: the review, the
    /// quotation, the contract…), which <paramref name="decide"/> receives, never <see langword="null"/>. The lifecycle
    /// table only lets the command through from statuses where the record exists; an order without it is refused as
    /// invalid state.
    /// </summary>
    public CommandBuilder<TCommand> Decide<TStage>(Func<Order, TStage?> stage, Func<Order, TStage, TCommand, DecisionContext, Outcome> decide)
        where TStage : class
    {
        Guard.Against.Null(stage);
        Guard.Against.Null(decide);
        _draft.Decide = (state, command, context) => stage(state) is { } held
                ? decide(state, held, (TCommand)command, context)
                : Outcome.Reject(ViolationCodes.InvalidState, $"{_draft.Kind} needs the order's {typeof(TStage).Name}, which order {state.Id} does not have while it is {state.Status}.", "kernel");
        return this;
    }

    /// <summary>Sets the decision of a command that opens an order, and where the new order's id comes from.</summary>
    public CommandBuilder<TCommand> Opens(Func<TCommand, OrderId> orderId, Func<TCommand, DecisionContext, Outcome> decide)
    {
        Guard.Against.Null(orderId);
        Guard.Against.Null(decide);
        _draft.Opens = command => orderId((TCommand)command);
        _draft.Open = (command, context) => decide((TCommand)command, context);
        return this;
    }

    /// <summary>Adds a check of the command's sub-machine (state before, state after); it throws on a step outside its table.</summary>
    public CommandBuilder<TCommand> Verify(Action<Order, Order> check)
    {
        _draft.Verify = Guard.Against.Null(check);
        return this;
    }
}
