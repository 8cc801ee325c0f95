using System;
using System.Collections.Generic;
using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;

namespace OrderKernel.Kernel;

/// <summary>
/// The decide/evolve pipeline over one <see cref="ModuleRegistry"/>: authorization → instant, idempotency and input
/// checks → lifecycle table → gates (holds) → the transition's guards → the module's decision → stamp and evolve →
/// follow-up events (breaches) → sub-machine checks and history limits. It knows no area: everything area-specific
/// comes from the registry. <see cref="OrderDecider"/> is its public face over the standard modules.
/// </summary>
internal sealed class DecisionPipeline(ModuleRegistry registry)
{
    private static readonly CommandKind[] AllKinds = Enum.GetValues<CommandKind>();

    /// <summary>Gets the registry the pipeline runs on.</summary>
    public ModuleRegistry Registry { get; } = registry;

    /// <summary>The pipeline behind <see cref="OrderDecider.Decide"/>.</summary>
    public OneOf<Accepted, Rejected> Decide(Order? state, OrderCommand command, DecisionContext context)
    {
        Guard.Against.Null(command);
        Guard.Against.Null(context);
        var kind = command.Kind;
        var status = state?.Status ?? OrderStatus.Draft;
        var refusal = CheckInstant(state, context.Now) ?? context.Policies.Authorization.Authorize(context.Actor, Registry.Command(kind).Permission);
        if (refusal is not null)
        {
            return Rejected.Of(refusal);
        }

        var key = command.IdempotencyKey;
        string? fingerprint = null;
        if (key is not null)
        {
            var keyCheck = string.IsNullOrWhiteSpace(key)
                ? new InputCheck().Add(ViolationCodes.MissingValue, "idempotencyKey is blank; leave it out or give a key.")
                : new InputCheck().Key("idempotencyKey", key);
            if (!keyCheck.IsValid)
            {
                return new Rejected(keyCheck.Violations);
            }

            fingerprint = CommandFingerprint.Of(command);
            if (state?.FindAppliedCommand(key) is { } applied)
            {
                return applied.Fingerprint == fingerprint
                    ? new Accepted(state, default, isDuplicate: true)
                    : Rejected.Of(Violation.Of(
                        ViolationCodes.IdempotencyKeyReused,
                        $"The idempotency key {InputCheck.Quote(key)} was already used on this order for a different command; use a new key for a new command.",
                        "kernel"));
            }
        }

        var input = new InputCheck();
        command.CheckInput(input);
        if (!input.IsValid)
        {
            return new Rejected(input.Violations);
        }

        if (CheckTransition(state, status, kind, context) is { } transition)
        {
            return Rejected.Of(transition);
        }

        var guardViolations = CheckGuards(state, status, kind, context);
        if (!guardViolations.IsEmpty)
        {
            return new Rejected(guardViolations);
        }

        var entry = Registry.Command(kind);
        // The lifecycle table lets a command through without an order only from Draft, where only commands that open
        // an order have an edge; every other command is decided on the order it names.
        var outcome = state is null ? entry.Open!(command, context) : entry.Decide!(state, command, context);
        if (outcome.IsRejected)
        {
            return new Rejected(outcome.Violations);
        }

        var orderId = state?.Id ?? OpenedOrderId(entry, command);
        var version = state?.Version ?? 0;
        var events = new List<OrderEvent>(outcome.Events.Count + 1);
        foreach (var e in outcome.Events)
        {
            events.Add(e with { OrderId = orderId, Version = ++version, IdempotencyKey = key, CommandFingerprint = fingerprint });
        }

        // One fold for the whole decision (the state passed in is never touched; each event makes a new order, and the
        // envelope — version, instant, idempotency keys — is written once, when the fold ends).
        var next = state?.StartFold();
        var envelope = state is null ? default : Envelope.Of(state);
        foreach (var e in events)
        {
            next = next is null ? Begin(e, 0, out envelope) : FoldInto(next, ref envelope, e);
        }

        // Events that follow the decision (steps completed late are recorded as breaches, R38, R40), stamped like the command's events.
        if (next is not null)
        {
            next = envelope.Stamp(next);
            foreach (var followUp in Registry.FollowUps)
            {
                if (followUp(state, next, context) is not { Count: > 0 } more)
                {
                    continue;
                }

                foreach (var f in more)
                {
                    var stamped = f with { OrderId = orderId, Version = ++version, IdempotencyKey = key, CommandFingerprint = fingerprint };
                    events.Add(stamped);
                    next = FoldInto(next, ref envelope, stamped);
                }

                next = envelope.Stamp(next);
            }
        }

        if (next is null || !Registry.Lifecycle.Allows(status, kind, next.Status))
        {
            throw new UnreachableException($"{kind} moved the order {status} -> {next?.Status}, which the lifecycle table does not allow.");
        }

        if (OrderIntegrity.FullHistory(state, next) is { } full)
        {
            return Rejected.Of(full);
        }

        if (state is not null && entry.Verify is { } verify)
        {
            verify(state, next);
        }

        return new Accepted(next, ValueList<OrderEvent>.From(events), isDuplicate: false);
    }

    private static OrderId OpenedOrderId(CommandEntry entry, OrderCommand command) =>
        entry.Opens is { } opens ? opens(command) : throw new UnreachableException($"{command.Kind} was decided without an order, but it does not open one.");

    private static Violation? CheckInstant(Order? state, Instant now)
    {
        if (now < KernelLimits.MinInstant || now > KernelLimits.MaxInstant)
        {
            return Violation.Of(
                ViolationCodes.ContextInstantOutOfRange,
                $"The decision's instant {now} is outside the supported instants {KernelLimits.MinInstant}..{KernelLimits.MaxInstant}: check the host's clock.",
                "kernel");
        }

        return state is not null && now < state.UpdatedAt
            ? Violation.Of(
                ViolationCodes.InstantBeforeLastEvent,
                $"The decision's instant {now} is before the order's last event at {state.UpdatedAt}: the host's clock went back, or the state is not the latest.",
                "kernel")
            : null;
    }

    /// <summary>The pipeline behind <see cref="OrderDecider.Evolve"/>.</summary>
    public Order Evolve(Order? state, OrderEvent @event)
    {
        Guard.Against.Null(@event);
        if (state is null)
        {
            return Begin(@event, 0, out _);
        }

        var envelope = Envelope.Of(state);
        var next = envelope.Stamp(FoldInto(state.StartFold(), ref envelope, @event));
        return OrderIntegrity.Check(next) is { IsEmpty: false } problems
            ? throw new ArgumentException($"Event {@event.Version} ({@event.GetType().Name}) leaves an order that is not valid: {problems[0].Message}", nameof(@event))
            : next;
    }

    /// <summary>The pipeline behind <see cref="OrderDecider.Replay"/>.</summary>
    public Order? Replay(IEnumerable<OrderEvent> events)
    {
        Guard.Against.Null(events);
        Order? working = null;
        Envelope envelope = default;
        var position = 0;
        foreach (var e in events)
        {
            if (e is null)
            {
                throw new ArgumentException($"Event {position + 1} of the stream is missing (null).", nameof(events));
            }

            working = working is null ? Begin(e, position, out envelope) : FoldInto(working, ref envelope, e);
            position++;
        }

        working = working is null ? null : envelope.Stamp(working);
        if (working is not null && OrderIntegrity.Check(working) is { IsEmpty: false } problems)
        {
            throw new ArgumentException($"The stream replays to an order that is not valid: {problems[0].Message}", nameof(events));
        }

        return working;
    }

    /// <summary>The order the first event of a stream creates (the start of a fold of its own), checked, and its envelope.</summary>
    private Order Begin(OrderEvent e, long position, out Envelope envelope)
    {
        var first = Registry.StartEvent.Name;
        if (e.GetType() != Registry.StartEvent)
        {
            throw new ArgumentException($"Event {position + 1} ({e.GetType().Name}) cannot start an order: the first event must be {first}.", "event");
        }

        if (e.Version != 1)
        {
            throw new ArgumentException($"Event {position + 1} ({first}) has version {e.Version}; an order's first event has version 1.", "event");
        }

        if (e.OrderId is null)
        {
            throw new ArgumentException($"Event 1 ({first}) names no order.", "event");
        }

        CheckEnvelope(e, e.OrderId, 1, KernelLimits.MinInstant);
        var started = Registry.Start(e);
        started = Registry.FoldOf(e).Reach is { } reach ? reach(started, e) : started;
        envelope = new Envelope(0, KernelLimits.MinInstant, default).After(e, started.Fold);
        var created = envelope.Stamp(started);
        if (OrderIntegrity.Check(created) is { IsEmpty: false } problems)
        {
            throw new ArgumentException($"Event 1 ({first}) does not make a valid order: {problems[0].Message}", "event");
        }

        return created;
    }

    /// <summary>
    /// The order after one event that is not the first, folded into <paramref name="working"/>, an order of the current
    /// fold (<see cref="Order.StartFold"/> in <see cref="Evolve"/> and <see cref="Decide"/>, the replay's own from its start);
    /// <paramref name="envelope"/> moves on by the event and is written into the order when the fold ends.
    /// </summary>
    private Order FoldInto(Order working, ref Envelope envelope, OrderEvent e)
    {
        Guard.Against.Null(e);
        CheckEnvelope(e, working.Id, envelope.Version + 1, envelope.UpdatedAt);
        var fold = Registry.FoldOf(e);
        Order applied;
        try
        {
            applied = fold.Apply(working, e);
        }
        catch (Exception inner) when (inner is NullReferenceException or InvalidOperationException or ArgumentOutOfRangeException or OverflowException or KeyNotFoundException)
        {
            // Events recorded by Decide always apply; one that does not was forged or corrupted in the store.
            throw new ArgumentException($"Event {e.Version} ({e.GetType().Name}) cannot apply to order {working.Id} while it is {working.Status}: the stream is corrupt.", "event", inner);
        }

        var reached = fold.Reach is { } reach ? reach(applied, e) : applied;
        envelope = envelope.After(e, reached.Fold);
        return reached;
    }

    private static void CheckEnvelope(OrderEvent e, OrderId orderId, long version, Instant notBefore)
    {
        if (!ReferenceEquals(e.OrderId, orderId) && (e.OrderId is null || !e.OrderId.Equals(orderId)))
        {
            throw new ArgumentException($"Event {version} ({e.GetType().Name}) belongs to order {e.OrderId?.ToString() ?? "(none)"}, not {orderId}.", "event");
        }

        if (e.Version != version)
        {
            var what = e.Version < version ? "repeated or out of order" : "after a missing event";
            throw new ArgumentException($"Event {version} ({e.GetType().Name}) has version {e.Version}, expected {version}: it is {what}.", "event");
        }

        if (e.By is null)
        {
            throw new ArgumentException($"Event {version} ({e.GetType().Name}) names no actor.", "event");
        }

        if (e.At < KernelLimits.MinInstant || e.At > KernelLimits.MaxInstant)
        {
            throw new ArgumentException($"Event {version} ({e.GetType().Name}) happened at {e.At}, outside the supported instants.", "event");
        }

        if (e.At < notBefore)
        {
            throw new ArgumentException($"Event {version} ({e.GetType().Name}) happened at {e.At}, before the order's previous event at {notBefore}.", "event");
        }

        if (e.IdempotencyKey is not null && e.CommandFingerprint is null)
        {
            throw new ArgumentException($"Event {version} ({e.GetType().Name}) carries an idempotency key without its command's fingerprint.", "event");
        }
    }

    /// <summary>
    /// What every event changes besides its area's data — the version, the instant of the last event and the commands
    /// applied with an idempotency key — carried through a fold and written into the order once, when the fold ends
    /// (<see cref="Stamp"/>), so folding an event copies the order once. No apply function reads them.
    /// </summary>
    private readonly record struct Envelope(long Version, Instant UpdatedAt, ValueList<AppliedCommand> AppliedCommands)
    {
        public static Envelope Of(Order order) => new(order.Version, order.UpdatedAt, order.AppliedCommands);

        /// <summary>The envelope after <paramref name="e"/>: one version more, its instant, and its command's key remembered.</summary>
        public Envelope After(OrderEvent e, object fold)
        {
            var commands = AppliedCommands;
            if (e.IdempotencyKey is { } key && (commands.IsEmpty || commands[commands.Count - 1].IdempotencyKey != key))
            {
                // The events of one command are consecutive and share its key, so comparing with the last one keeps each
                // command once; the oldest is forgotten beyond the window.
                var applied = new AppliedCommand(key, e.CommandFingerprint!);
                commands = commands.Add(applied, fold);
                commands = commands.Count > KernelLimits.IdempotencyWindow ? commands.RemoveAt(0) : commands;
            }

            return new(Version + 1, e.At, commands);
        }

        /// <summary>The order with this envelope written into it.</summary>
        public Order Stamp(Order order) => order with { Envelope = order.Envelope with { Version = Version, UpdatedAt = UpdatedAt, AppliedCommands = AppliedCommands } };
    }

    /// <summary>The pipeline behind <see cref="OrderDecider.PermittedCommands"/>.</summary>
    /// <remarks>
    /// Each kind is checked once (authorization, then the lifecycle and holds, then the transition's guards); a kind the
    /// lifecycle refuses now is then explained by the refusal of the step that would open it (<see cref="Prerequisites"/>),
    /// reusing the checks already made for that step.
    /// </remarks>
    public ValueList<CommandAvailability> PermittedCommands(Order? state, DecisionContext context)
    {
        Guard.Against.Null(context);
        var status = state?.Status ?? OrderStatus.Draft;
        var count = AllKinds.Length;
        var authorization = new Violation?[count];
        var transition = new Violation?[count];
        var guards = new ValueList<Violation>[count];
        for (var i = 0; i < count; i++)
        {
            var kind = AllKinds[i];
            authorization[i] = context.Policies.Authorization.Authorize(context.Actor, Registry.Command(kind).Permission);
            transition[i] = CheckTransition(state, status, kind, context);
            guards[i] = transition[i] is null ? CheckGuards(state, status, kind, context) : default;
        }

        var prerequisites = Prerequisites(status, transition, guards);
        var result = new CommandAvailability[count];
        var reasons = new List<Violation>(4);
        for (var i = 0; i < count; i++)
        {
            reasons.Clear();
            CommandKind? prerequisite = null;
            if (authorization[i] is { } auth)
            {
                reasons.Add(auth);
            }

            if (transition[i] is { } refused)
            {
                if (authorization[i] is null && prerequisites?[i] is { } first)
                {
                    prerequisite = first;
                    AddStateReasons(reasons, transition[(int)first], guards[(int)first]);
                }

                reasons.Add(refused);
            }
            else
            {
                AddStateReasons(reasons, null, guards[i]);
            }

            result[i] = new CommandAvailability(AllKinds[i], reasons.Count == 0 ? default : ValueList<Violation>.From(reasons), prerequisite);
        }

        return ValueList<CommandAvailability>.Own(result);
    }

    private static void AddStateReasons(List<Violation> reasons, Violation? gate, ValueList<Violation> guards)
    {
        if (gate is not null)
        {
            reasons.Add(gate);
        }

        foreach (var g in guards)
        {
            reasons.Add(g);
        }
    }

    /// <summary>
    /// For each kind the lifecycle does not allow from <paramref name="status"/>: the first kind (in <see cref="CommandKind"/>
    /// order) that the lifecycle allows now, whose step leads to a status that allows it, and that the state refuses (a
    /// hold or a guard) — provided no such step is open. <see langword="null"/> when no kind has one.
    /// </summary>
    private CommandKind?[]? Prerequisites(OrderStatus status, Violation?[] transition, ValueList<Violation>[] guards)
    {
        var lifecycle = Registry.Lifecycle;
        CommandKind?[]? found = null;
        bool[]? open = null;
        for (var p = 0; p < AllKinds.Length; p++)
        {
            var step = AllKinds[p];
            var edges = lifecycle.From(status, step);
            var refused = transition[p] is not null || !guards[p].IsEmpty;
            foreach (var edge in edges)
            {
                foreach (var next in lifecycle.TriggersFrom(edge.To))
                {
                    if (!lifecycle.From(status, next).IsEmpty)
                    {
                        continue;
                    }

                    if (!refused)
                    {
                        (open ??= new bool[AllKinds.Length])[(int)next] = true;
                    }
                    else
                    {
                        found ??= new CommandKind?[AllKinds.Length];
                        found[(int)next] ??= step;
                    }
                }
            }
        }

        if (found is not null && open is not null)
        {
            for (var k = 0; k < found.Length; k++)
            {
                if (open[k])
                {
                    found[k] = null;
                }
            }
        }

        return found;
    }

    /// <summary>The pipeline behind <see cref="OrderDecider.PermittedKinds"/>.</summary>
    public CommandKindSet PermittedKinds(Order? state, DecisionContext context)
    {
        Guard.Against.Null(context);
        var status = state?.Status ?? OrderStatus.Draft;
        var permitted = new CommandKindSet.Builder();
        foreach (var kind in Registry.Lifecycle.TriggersFrom(status))
        {
            if (context.Policies.Authorization.Authorize(context.Actor, Registry.Command(kind).Permission) is null
                && GateRefusal(state, kind, context) is null
                && GuardsPass(state, status, kind, context))
            {
                permitted.Add(kind);
            }
        }

        return permitted.ToSet();
    }

    private Violation? GateRefusal(Order? state, CommandKind kind, DecisionContext context)
    {
        if (state is not null)
        {
            foreach (var gate in Registry.Gates)
            {
                if (gate.Check(state, kind, context) is { } refusal)
                {
                    return refusal;
                }
            }
        }

        return null;
    }

    private Violation? CheckTransition(Order? state, OrderStatus status, CommandKind kind, DecisionContext context)
    {
        if (Registry.Lifecycle.From(status, kind).IsEmpty)
        {
            return Violation.Deferred(
                ViolationCodes.TransitionNotAllowed,
                "kernel",
                (status, kind),
                static s => $"{s.kind} is not possible {(s.status == OrderStatus.Draft ? "before the order is received" : $"while the order is {s.status}")}.");
        }

        return GateRefusal(state, kind, context);
    }

    private ValueList<Violation> CheckGuards(Order? state, OrderStatus status, CommandKind kind, DecisionContext context)
    {
        if (state is null)
        {
            return default;
        }

        // Most refusals come from one guard: its list is returned as is; lists are merged only when several guards refuse.
        ValueList<Violation> violations = default;
        foreach (var guard in Registry.GuardsOf(status, kind))
        {
            var found = guard.Evaluate(state, context);
            if (!found.IsEmpty)
            {
                violations = violations.IsEmpty ? found : Merge(violations, found);
            }
        }

        return violations;
    }

    private static ValueList<Violation> Merge(ValueList<Violation> violations, ValueList<Violation> found)
    {
        foreach (var v in found)
        {
            if (!violations.Contains(v))
            {
                violations = violations.Add(v);
            }
        }

        return violations;
    }

    // The same answer as an empty CheckGuards, stopping at the first guard that refuses.
    private bool GuardsPass(Order? state, OrderStatus status, CommandKind kind, DecisionContext context)
    {
        if (state is null)
        {
            return true;
        }

        foreach (var guard in Registry.GuardsOf(status, kind))
        {
            if (!guard.Evaluate(state, context).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }
}
