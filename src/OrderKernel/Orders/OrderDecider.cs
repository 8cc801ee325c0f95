using System;
using System.Collections.Generic;
using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OrderKernel.Authorization;
using OrderKernel.Cancellations;
using OrderKernel.ChangeRequests;
using OrderKernel.Contracts;
using OrderKernel.DelayPenalties;
using OrderKernel.Holds;
using OrderKernel.Internal;
using OrderKernel.Lifecycle;
using OrderKernel.Payments;
using OrderKernel.Primitives;
using OrderKernel.Production;
using OrderKernel.Quotations;
using OrderKernel.Reviews;
using OrderKernel.ServiceLevels;
using OrderKernel.Settlements;
using OrderKernel.Shipments;

namespace OrderKernel.Orders;

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
    private static readonly CommandKind[] AllKinds = Enum.GetValues<CommandKind>();

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
    public static OneOf<Accepted, Rejected> Decide(Order? state, OrderCommand command, DecisionContext context)
    {
        Guard.Against.Null(command);
        Guard.Against.Null(context);
        var kind = command.Kind;
        var status = state?.Status ?? OrderStatus.Draft;
        var refusal = CheckInstant(state, context.Now) ?? context.Policies.Authorization.Authorize(context.Actor, kind);
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

        var outcome = Dispatch(state, command, kind, context);
        if (outcome.IsRejected)
        {
            return new Rejected(outcome.Violations);
        }

        var orderId = state?.Id ?? ((ReceiveOrder)command).OrderId;
        var version = state?.Version ?? 0;
        var events = new List<OrderEvent>(outcome.Events.Count + 1);
        foreach (var e in outcome.Events)
        {
            events.Add(e with { OrderId = orderId, Version = ++version, IdempotencyKey = key, CommandFingerprint = fingerprint });
        }

        // One working copy for the whole decision (the state passed in is never touched).
        var next = state?.Copy();
        foreach (var e in events)
        {
            next = next is null ? Evolve(null, e) : FoldInto(next, e);
        }

        // Steps completed late by these events are recorded as breaches (R38, R40), stamped like the command's events.
        if (next is not null && ServiceLevelMonitor.NewBreaches(state, next, context.Policies.ServiceLevels, context.Now, context.Actor.Id) is { } breaches)
        {
            foreach (var b in breaches)
            {
                var stamped = b with { OrderId = orderId, Version = ++version, IdempotencyKey = key, CommandFingerprint = fingerprint };
                events.Add(stamped);
                FoldInto(next, stamped);
            }
        }

        if (next is null || !OrderLifecycle.Definition.Allows(status, kind, next.Status))
        {
            throw new UnreachableException($"{kind} moved the order {status} -> {next?.Status}, which the lifecycle table does not allow.");
        }

        if (OrderIntegrity.FullHistory(state, next) is { } full)
        {
            return Rejected.Of(full);
        }

        if (kind == CommandKind.SignReview && state?.Review is { } before && next.Review is { } after)
        {
            ReviewDecider.CheckSubMachine(before, after);
        }

        if (kind == CommandKind.ConfirmPayment && state is not null)
        {
            PaymentDecider.CheckSubMachine(state, next);
        }

        return new Accepted(next, ValueList<OrderEvent>.From(events), isDuplicate: false);
    }

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
    public static Order Evolve(Order? state, OrderEvent @event)
    {
        Guard.Against.Null(@event);
        if (state is null)
        {
            return Start(@event, 0);
        }

        var next = FoldInto(state.Copy(), @event);
        return OrderIntegrity.Check(next) is { IsEmpty: false } problems
            ? throw new ArgumentException($"Event {@event.Version} ({@event.GetType().Name}) leaves an order that is not valid: {problems[0].Message}", nameof(@event))
            : next;
    }

    /// <summary>Rebuilds the state from its events: the same result as <c>events.Aggregate(null, Evolve)</c>.</summary>
    /// <remarks>
    /// Replay folds every event into one working copy instead of copying the order per event, so it is linear in the
    /// number of events. The stream is checked as <see cref="Evolve"/> checks it, and the state it ends in is checked
    /// like a snapshot read from JSON.
    /// </remarks>
    /// <param name="events">The events, in order.</param>
    /// <returns>The state, or <see langword="null"/> for no events.</returns>
    /// <exception cref="ArgumentException">An event cannot apply to the state (a corrupt or reordered stream).</exception>
    public static Order? Replay(IEnumerable<OrderEvent> events)
    {
        Guard.Against.Null(events);
        Order? working = null;
        var position = 0;
        foreach (var e in events)
        {
            if (e is null)
            {
                throw new ArgumentException($"Event {position + 1} of the stream is missing (null).", nameof(events));
            }

            working = working is null ? Start(e, position) : FoldInto(working, e);
            position++;
        }

        if (working is not null && OrderIntegrity.Check(working) is { IsEmpty: false } problems)
        {
            throw new ArgumentException($"The stream replays to an order that is not valid: {problems[0].Message}", nameof(events));
        }

        return working;
    }

    private static Order Start(OrderEvent e, long position)
    {
        if (e is not OrderReceived received)
        {
            throw new ArgumentException($"Event {position + 1} ({e.GetType().Name}) cannot start an order: the first event must be OrderReceived.", "event");
        }

        if (received.Version != 1)
        {
            throw new ArgumentException($"Event {position + 1} (OrderReceived) has version {received.Version}; an order's first event has version 1.", "event");
        }

        if (received.OrderId is null)
        {
            throw new ArgumentException("Event 1 (OrderReceived) names no order.", "event");
        }

        CheckEnvelope(e, received.OrderId, 1, KernelLimits.MinInstant);
        var created = IntakeDecider.Create(received);
        Finish(created, e);
        if (OrderIntegrity.Check(created) is { IsEmpty: false } problems)
        {
            throw new ArgumentException($"Event 1 (OrderReceived) does not make a valid order: {problems[0].Message}", "event");
        }

        return created;
    }

    /// <summary>
    /// Folds one event that is not the first into <paramref name="working"/>, a copy nobody else holds yet (a fresh
    /// copy in <see cref="Evolve"/>, the single working copy of <see cref="Replay"/> or of one decision).
    /// </summary>
    private static Order FoldInto(Order working, OrderEvent e)
    {
        Guard.Against.Null(e);
        if (e is OrderReceived)
        {
            throw new ArgumentException($"Event {e.Version} (OrderReceived): order {working.Id} already exists; OrderReceived must be the first event.", "event");
        }

        CheckEnvelope(e, working.Id, working.Version + 1, working.UpdatedAt);
        try
        {
            e.ApplyTo(working);
        }
        catch (Exception inner) when (inner is NullReferenceException or InvalidOperationException or ArgumentOutOfRangeException or OverflowException or KeyNotFoundException)
        {
            // Events recorded by Decide always apply; one that does not was forged or corrupted in the store.
            throw new ArgumentException($"Event {e.Version} ({e.GetType().Name}) cannot apply to order {working.Id} while it is {working.Status}: the stream is corrupt.", "event", inner);
        }

        Finish(working, e);
        return working;
    }

    private static void CheckEnvelope(OrderEvent e, OrderId orderId, long version, Instant notBefore)
    {
        if (e.OrderId is null || !e.OrderId.Equals(orderId))
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

    /// <summary>The bookkeeping every event shares: the milestones it reaches, its idempotency key, its instant and the version.</summary>
    private static void Finish(Order working, OrderEvent e)
    {
        e.Reach(working);
        if (e.IdempotencyKey is { } key)
        {
            // The events of one command are consecutive and share its key, so comparing with the last one keeps each
            // command once; the oldest is forgotten beyond the window.
            var applied = working.AppliedCommands;
            if (applied.IsEmpty || applied[applied.Count - 1].IdempotencyKey != key)
            {
                applied = applied.Add(new AppliedCommand(key, e.CommandFingerprint!));
                working.AppliedCommands = applied.Count > KernelLimits.IdempotencyWindow ? applied.RemoveAt(0) : applied;
            }
        }

        working.UpdatedAt = e.At;
        working.Version++;
    }

    /// <summary>
    /// Lists every command kind with whether it may be issued now and, if not, why (authorization, lifecycle, hold, guards).
    /// </summary>
    /// <remarks>
    /// For tooltips and audit screens. To enable buttons, <see cref="PermittedKinds"/> answers the same question without
    /// the explanations and with almost no allocation. A permitted kind may still be refused by the command's own rules.
    /// </remarks>
    /// <param name="state">The current state; <see langword="null"/> before the order exists.</param>
    /// <param name="context">The instant, actor and policies.</param>
    /// <returns>One entry per command kind, in <see cref="CommandKind"/> order.</returns>
    public static ValueList<CommandAvailability> PermittedCommands(Order? state, DecisionContext context)
    {
        Guard.Against.Null(context);
        var status = state?.Status ?? OrderStatus.Draft;
        var result = new CommandAvailability[AllKinds.Length];
        var reasons = new List<Violation>(4);
        for (var i = 0; i < AllKinds.Length; i++)
        {
            var kind = AllKinds[i];
            reasons.Clear();
            if (context.Policies.Authorization.Authorize(context.Actor, kind) is { } auth)
            {
                reasons.Add(auth);
            }

            if (CheckTransition(state, status, kind, context) is { } transition)
            {
                reasons.Add(transition);
            }
            else
            {
                foreach (var g in CheckGuards(state, status, kind, context))
                {
                    reasons.Add(g);
                }
            }

            result[i] = new CommandAvailability(kind, reasons.Count == 0 ? default : ValueList<Violation>.From(reasons));
        }

        return ValueList<CommandAvailability>.Own(result);
    }

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
    public static CommandKindSet PermittedKinds(Order? state, DecisionContext context)
    {
        Guard.Against.Null(context);
        var status = state?.Status ?? OrderStatus.Draft;
        var bits = 0UL;
        foreach (var kind in OrderLifecycle.Definition.TriggersFrom(status))
        {
            if (context.Policies.Authorization.Authorize(context.Actor, kind) is null
                && !IsBlockedByHold(state, kind, context)
                && CheckGuards(state, status, kind, context).IsEmpty)
            {
                bits |= 1UL << (int)kind;
            }
        }

        return CommandKindSet.FromBits(bits);
    }

    private static bool IsBlockedByHold(Order? state, CommandKind kind, DecisionContext context) =>
        state?.Hold is { } hold && kind != CommandKind.PlaceHold && kind != CommandKind.ReleaseHold && context.Policies.Holds.Blocks(hold.Code, kind);

    private static Violation? CheckTransition(Order? state, OrderStatus status, CommandKind kind, DecisionContext context)
    {
        if (OrderLifecycle.Definition.From(status, kind).IsEmpty)
        {
            return Violation.Deferred(
                ViolationCodes.TransitionNotAllowed,
                "kernel",
                (status, kind),
                static s => $"{s.kind} is not possible {(s.status == OrderStatus.Draft ? "before the order is received" : $"while the order is {s.status}")}.");
        }

        if (IsBlockedByHold(state, kind, context))
        {
            return Violation.Deferred(ViolationCodes.BlockedByHold, "R33", (kind, state!.Hold!), static s => $"{s.kind} is blocked by the {s.Item2.Code} hold placed at {s.Item2.PlacedAt}: {s.Item2.Reason}.");
        }

        return null;
    }

    private static ValueList<Violation> CheckGuards(Order? state, OrderStatus status, CommandKind kind, DecisionContext context)
    {
        if (state is null)
        {
            return default;
        }

        // Most refusals come from one guard: its list is returned as is; lists are merged only when several guards refuse.
        ValueList<Violation> violations = default;
        foreach (var t in OrderLifecycle.Definition.From(status, kind))
        {
            foreach (var name in t.Guards.AsSpan())
            {
                var found = EvaluateGuard(name, state, context);
                if (!found.IsEmpty)
                {
                    violations = violations.IsEmpty ? found : Merge(violations, found);
                }
            }
        }

        return violations;
    }

    // Out of line, as every rare path of the guard checks: what a method inlines sizes its stack frame, which every call
    // clears, refused or not.
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

    private static ValueList<Violation> EvaluateGuard(string name, Order state, DecisionContext context) =>
        name == OrderLifecycle.PaidBeforeShipment
            ? context.Policies.ShipmentRelease.Check(state, context.Now)
            : EvaluateOtherGuard(name, state, context);

    private static ValueList<Violation> EvaluateOtherGuard(string name, Order state, DecisionContext context)
    {
        var single = name switch
        {
            OrderLifecycle.OrderComplete => IntakeDecider.CheckComplete(state),
            OrderLifecycle.QuotationApproved => QuotationDecider.CheckApproved(state),
            OrderLifecycle.QuotationNotExpired => QuotationDecider.CheckNotExpired(state, context.Now),
            OrderLifecycle.SampleApprovedIfRequired => ProductionDecider.CheckSample(state, context),
            OrderLifecycle.Settled => SettlementDecider.CheckSettled(state, context.Policies),
            _ => throw new UnreachableException($"Guard '{name}' has no evaluation."),
        };

        return single is null ? default : ValueList<Violation>.Of(single);
    }

    // One jump on the kind, then a cast to the one sealed type that has it (cheaper than testing each type in turn).
    private static Outcome Dispatch(Order? state, OrderCommand command, CommandKind kind, DecisionContext ctx)
    {
        if (kind == CommandKind.ReceiveOrder)
        {
            return IntakeDecider.Decide((ReceiveOrder)command, ctx);
        }

        var s = state!;
        return kind switch
        {
            CommandKind.ReturnForCompletion => IntakeDecider.Decide((ReturnForCompletion)command, ctx),
            CommandKind.CompleteOrderDetails => IntakeDecider.Decide(s, (CompleteOrderDetails)command, ctx),
            CommandKind.RecordOrder => IntakeDecider.Decide((RecordOrder)command, ctx),
            CommandKind.SubmitForReview => ReviewDecider.Decide(s, (SubmitForReview)command, ctx),
            CommandKind.SignReview => ReviewDecider.Decide(s, (SignReview)command, ctx),
            CommandKind.ReviseOrder => ReviewDecider.Decide(s, (ReviseOrder)command, ctx),
            CommandKind.PrepareQuotation => QuotationDecider.Decide(s, (PrepareQuotation)command, ctx),
            CommandKind.ReviseQuotation => QuotationDecider.Decide(s, (ReviseQuotation)command, ctx),
            CommandKind.ApproveQuotation => QuotationDecider.Decide(s, (ApproveQuotation)command, ctx),
            CommandKind.RejectQuotationApproval => QuotationDecider.Decide(s, (RejectQuotationApproval)command, ctx),
            CommandKind.AcceptQuotation => QuotationDecider.Decide(s, (AcceptQuotation)command, ctx),
            CommandKind.DeclineQuotation => QuotationDecider.Decide((DeclineQuotation)command, ctx),
            CommandKind.SignContract => PaymentDecider.Decide(s, (SignContract)command, ctx),
            CommandKind.ConfirmPayment => PaymentDecider.Decide(s, (ConfirmPayment)command, ctx),
            CommandKind.SendSample => ProductionDecider.Decide(s, (SendSample)command, ctx),
            CommandKind.ApproveSample => ProductionDecider.Decide(s, (ApproveSample)command, ctx),
            CommandKind.RejectSample => ProductionDecider.Decide(s, (RejectSample)command, ctx),
            CommandKind.ReleaseToProduction => ProductionDecider.Decide(s, (ReleaseToProduction)command, ctx),
            CommandKind.ReportProgress => ProductionDecider.Decide((ReportProgress)command, ctx),
            CommandKind.ReportProductionException => ProductionDecider.Decide((ReportProductionException)command, ctx),
            CommandKind.CompleteProduction => ProductionDecider.Decide((CompleteProduction)command, ctx),
            CommandKind.RecordInspection => ProductionDecider.Decide((RecordInspection)command, ctx),
            CommandKind.ReleaseForShipment => ShipmentDecider.Decide(s, (ReleaseForShipment)command, ctx),
            CommandKind.Ship => ShipmentDecider.Decide(s, (Ship)command, ctx),
            CommandKind.ApproveShipmentException => ShipmentDecider.Decide((ApproveShipmentException)command, ctx),
            CommandKind.RegisterLetterOfCredit => ShipmentDecider.Decide(s, (RegisterLetterOfCredit)command, ctx),
            CommandKind.RecordRefund => SettlementDecider.Decide(s, (RecordRefund)command, ctx),
            CommandKind.RecordReturn => SettlementDecider.Decide(s, (RecordReturn)command, ctx),
            CommandKind.ConfirmDelivery => ShipmentDecider.Decide(s, (ConfirmDelivery)command, ctx),
            CommandKind.CompleteOrder => ShipmentDecider.Decide(s, (CompleteOrder)command, ctx),
            CommandKind.PlaceHold => HoldDecider.Decide(s, (PlaceHold)command, ctx),
            CommandKind.ReleaseHold => HoldDecider.Decide(s, (ReleaseHold)command, ctx),
            CommandKind.CancelOrder => CancellationDecider.Decide(s, (CancelOrder)command, ctx),
            CommandKind.CompleteStep => ServiceLevelDecider.Decide(s, (CompleteStep)command, ctx),
            CommandKind.SubmitChangeRequest => ChangeDecider.Decide(s, (SubmitChangeRequest)command, ctx),
            CommandKind.AssessChangeRequest => ChangeDecider.Decide(s, (AssessChangeRequest)command, ctx),
            CommandKind.ApproveChangeRequest => ChangeDecider.Decide(s, (ApproveChangeRequest)command, ctx),
            CommandKind.RejectChangeRequest => ChangeDecider.Decide(s, (RejectChangeRequest)command, ctx),
            CommandKind.WithdrawChangeRequest => ChangeDecider.Decide(s, (WithdrawChangeRequest)command, ctx),
            CommandKind.RecordChangeTest => ChangeDecider.Decide(s, (RecordChangeTest)command, ctx),
            CommandKind.ConfirmChangeByCustomer => ChangeDecider.Decide(s, (ConfirmChangeByCustomer)command, ctx),
            CommandKind.ApplyChangeRequest => ChangeDecider.Decide(s, (ApplyChangeRequest)command, ctx),
            CommandKind.RecordExcusableDelay => DelayPenaltyDecider.Decide((RecordExcusableDelay)command, ctx),
            CommandKind.AssessDelayPenalty => DelayPenaltyDecider.Decide(s, (AssessDelayPenalty)command, ctx),
            CommandKind.CloseOrder => Outcome.Emit(new OrderClosed { At = ctx.Now, By = ctx.Actor.Id }),
            _ => throw new UnreachableException($"Command {command.GetType().Name} has no decider."),
        };
    }

}
