using System.Diagnostics;
using NodaTime;
using OneOf;
using OrderKernel.Policies;
using OrderKernel.Serialization;

using OrderKernel.Tests.Support;

namespace OrderKernel.Tests.Boundary;

/// <summary>The two outcomes a hostile-host probe may have (issue 20).</summary>
internal enum Verdict
{
    /// <summary>A typed refusal: <see cref="Rejected"/>, a <see cref="JsonReadError"/>, or an ArgumentException from construction, Evolve or Replay; the state given is unchanged.</summary>
    Refused,

    /// <summary>Accepted, and the resulting value survives every later command kind, the monitors, the statement and a JSON round trip.</summary>
    Survived,
}

/// <summary>What a probe accepts as its outcome: exactly one classification.</summary>
internal enum Expect
{
    /// <summary>Any typed refusal.</summary>
    Refusal,

    /// <summary>A refusal by the JSON reader itself (<see cref="JsonReadError"/>), not later by Decide.</summary>
    ReaderRefusal,

    /// <summary>Accepted, and the value survives.</summary>
    Survival,
}

/// <summary>How a probe ended: the verdict, where the refusal came from, and a one-line explanation.</summary>
internal sealed record ProbeOutcome(Verdict Verdict, string Source, string Detail)
{
    public override string ToString() => $"{Verdict} ({Source}): {Detail}";
}

/// <summary>A probe broke: the step that broke and the exception (if any) that escaped.</summary>
internal sealed class ProbeBroke(string step, string detail, Exception? cause = null)
    : Exception($"{step}: {(cause is null ? string.Empty : cause.GetType().Name + ": ")}{Short(detail)}", cause)
{
    public string Step { get; } = step;

    public string ExceptionType { get; } = cause?.GetType().Name ?? "(none)";

    internal static string Short(string text) => text.Length <= 400 ? text : string.Concat(text.AsSpan(0, 400), $"… ({text.Length} chars)");
}

/// <summary>
/// The one shared verdict of the hostile-host suite (issue 20). Every entry point runs one input through the public API
/// and returns <see cref="Verdict.Refused"/> (a typed refusal, the state given unchanged) or <see cref="Verdict.Survived"/>
/// (accepted, and the result passes <see cref="Survive"/>); any other outcome throws <see cref="ProbeBroke"/> naming the
/// step that broke: an exception other than the ArgumentException family from Evolve/Replay, a reader throwing, an
/// accepted value that later throws, a round trip that changes the value, a refusal that changed the state.
/// </summary>
internal static class Harness
{
    /// <summary>Longest refusal message accepted (issue 20 class 4: quote at most a short prefix of the input).</summary>
    public const int MaxMessageLength = 1_000;

    /// <summary>An actor holding every well-known role.</summary>
    public static readonly Actor Everyone = Actor.Create("u-everyone", "Pat Everyone (every role)", Role.WellKnown.ToArray());

    /// <summary>An actor holding no role at all.</summary>
    public static readonly Actor Nobody = Actor.Create("u-nobody", "Nobody (no roles)");

    private static readonly Duration FarLater = Duration.FromDays(3_650);

    /// <summary>
    /// The default policies with the seed's R26 host milestones declared (materials ready two days before the finishing
    /// start), so the canonical <see cref="ReachMilestone"/> and <see cref="PlanMilestone"/> are accepted somewhere.
    /// </summary>
    public static OrderPolicies Policies { get; } = OrderPolicies.Default with
    {
        ServiceLevels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions
        {
            Calendar = ServiceLevelPolicy.DefaultUtcCalendar,
            HostMilestones = [MilestoneName.Of("materials-ready"), MilestoneName.Of("finishing-start")],
            HostLevels = [new HostServiceLevel(MilestoneName.Of("materials-ready"), MilestoneName.Of("finishing-start"), Duration.FromDays(-2), TimeBasis.Elapsed)],
        }),
    };

    // ---------------------------------------------------------------- entry points

    /// <summary>Builds a command in C# (an ArgumentException while building is a refusal at construction) and decides it.</summary>
    public static ProbeOutcome Decide(Order? state, Func<OrderCommand> build, Actor actor, Instant now, OrderPolicies? policies = null)
    {
        OrderCommand command;
        try
        {
            command = build();
        }
        catch (ArgumentException e)
        {
            CheckMessage("construct", e.Message);
            return new ProbeOutcome(Verdict.Refused, "construction", $"{e.GetType().Name}: {ProbeBroke.Short(e.Message)}");
        }
        catch (Exception e)
        {
            throw new ProbeBroke("construct the command", e.Message, e);
        }

        return Decide(state, command, actor, now, policies);
    }

    /// <summary>Decides a command against a state and classifies the result.</summary>
    public static ProbeOutcome Decide(Order? state, OrderCommand command, Actor actor, Instant now, OrderPolicies? policies = null) =>
        Decide(state, command, actor, now, policies, out _);

    private static ProbeOutcome Decide(Order? state, OrderCommand command, Actor actor, Instant now, OrderPolicies? policies, out Order? next)
    {
        next = null;
        policies ??= Policies;
        var context = Step("create the DecisionContext", () => DecisionContext.Create(now, actor, policies), allowArgument: true);
        if (context.IsT1)
        {
            return context.AsT1;
        }

        var before = Fingerprint(state);
        var result = Step($"Decide {command.Kind}", () => OrderDecider.Decide(state, command, context.AsT0));
        var outcome = Classify(state, before, command, result.AsT0, now, policies);
        next = result.AsT0.TryPickT0(out var accepted, out _) ? accepted.State : null;
        return outcome;
    }

    /// <summary>Reads a command from JSON (a <see cref="JsonReadError"/> is a refusal) and decides it.</summary>
    public static ProbeOutcome DecideJson(Order? state, string json, Actor actor, Instant now, OrderPolicies? policies = null)
    {
        var read = Run("ReadCommand", () => OrderKernelJson.ReadCommand(json));
        if (read.TryPickT1(out var error, out var command))
        {
            return ReaderRefused(error);
        }

        CheckCommandRoundTrip(command);
        return Decide(state, command, actor, now, policies);
    }

    /// <summary>Reads a snapshot; an order that reads must survive.</summary>
    public static ProbeOutcome Snapshot(string json, Instant? now = null)
    {
        var read = Run("ReadSnapshot", () => OrderKernelJson.ReadSnapshot(json));
        if (read.TryPickT1(out var error, out var order))
        {
            return ReaderRefused(error);
        }

        Survive(order, now ?? Instant.FromUtc(2026, 3, 2, 1, 0), Policies, default);
        return new ProbeOutcome(Verdict.Survived, "ReadSnapshot", $"read {order.Status} v{order.Version}");
    }

    /// <summary>Reads one event and folds it into <paramref name="state"/> with Evolve.</summary>
    public static ProbeOutcome EvolveJson(Order? state, string json)
    {
        var read = Run("ReadEvent", () => OrderKernelJson.ReadEvent(json));
        if (read.TryPickT1(out var error, out var e))
        {
            return ReaderRefused(error);
        }

        return Evolve(state, e);
    }

    /// <summary>Folds one event with Evolve: an ArgumentException is a refusal; the result must survive.</summary>
    public static ProbeOutcome Evolve(Order? state, OrderEvent e)
    {
        var before = Fingerprint(state);
        var next = Step($"Evolve {e.GetType().Name}", () => OrderDecider.Evolve(state, e), allowArgument: true);
        Unchanged(state, before, "Evolve");
        if (next.IsT1)
        {
            return next.AsT1;
        }

        CheckEventRoundTrip(e);
        Survive(next.AsT0, e.At, Policies, default);
        return new ProbeOutcome(Verdict.Survived, "Evolve", $"{e.GetType().Name} folded into {next.AsT0.Status} v{next.AsT0.Version}");
    }

    /// <summary>Reads a JSON event stream and replays it.</summary>
    public static ProbeOutcome ReplayJson(string json)
    {
        var read = Run("ReadEvents", () => OrderKernelJson.ReadEvents(json));
        if (read.TryPickT1(out var error, out var events))
        {
            return ReaderRefused(error);
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is null)
            {
                throw new ProbeBroke("ReadEvents", $"item {i} of the stream read as null instead of a JsonReadError");
            }
        }

        return Replay(events);
    }

    /// <summary>Replays a stream: an ArgumentException is a refusal; the result must survive, and equal the fold of Evolve.</summary>
    public static ProbeOutcome Replay(IReadOnlyList<OrderEvent> events)
    {
        var replayed = Step("Replay", () => OrderDecider.Replay(events), allowArgument: true);
        if (replayed.IsT1)
        {
            return replayed.AsT1;
        }

        // Evolve, one event at a time, must agree: refuse the same stream or build the same order.
        Order? folded = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var step = Step($"Evolve event {i} ({e?.GetType().Name ?? "null"}) of a stream Replay accepted", () => OrderDecider.Evolve(folded, e!), allowArgument: true);
            if (step.IsT1)
            {
                throw new ProbeBroke("Replay vs Evolve", $"Replay accepted the stream but Evolve refused event {i}: {step.AsT1.Detail}");
            }

            folded = step.AsT0;
        }

        if (!Equals(folded, replayed.AsT0))
        {
            throw new ProbeBroke("Replay vs Evolve", "Replay and the fold of Evolve built different orders");
        }

        var at = events.Count == 0 ? Instant.FromUtc(2026, 3, 2, 1, 0) : events[^1].At;
        foreach (var e in events)
        {
            CheckEventRoundTrip(e);
        }

        Survive(replayed.AsT0, at, Policies, default);
        return new ProbeOutcome(Verdict.Survived, "Replay", $"{events.Count} events -> {replayed.AsT0?.Status.ToString() ?? "no order"}");
    }

    /// <summary>
    /// Runs setup commands (each must be accepted: the probe's premise), then the probe's commands: the first refusal is the
    /// verdict; when all are accepted, every intermediate state has survived and so the verdict is <see cref="Verdict.Survived"/>.
    /// </summary>
    public static ProbeOutcome Chain(Start start, IEnumerable<Move> setup, IEnumerable<Move> moves, OrderPolicies? policies = null)
    {
        policies ??= Policies;
        var state = start.State;
        var now = start.Now;
        foreach (var m in setup)
        {
            var command = m.Make(state, Later(now, m.After ?? Duration.FromHours(1)));
            if (command is null)
            {
                continue;
            }

            now = Later(now, m.After ?? Duration.FromHours(1));
            var r = OrderDecider.Decide(state, command, DecisionContext.Create(now, m.Who?.Invoke(state) ?? m.Actor, policies));
            if (!r.TryPickT0(out var ok, out var no))
            {
                throw new ProbeBroke("setup (the probe's premise)", $"{command.Kind} was refused: {no}");
            }

            state = ok.State;
        }

        ProbeOutcome? last = null;
        foreach (var m in moves)
        {
            OrderCommand? command;
            try
            {
                command = m.Make(state, Later(now, m.After ?? Duration.FromHours(1)));
            }
            catch (ArgumentException e)
            {
                return new ProbeOutcome(Verdict.Refused, "construction", $"{e.GetType().Name}: {ProbeBroke.Short(e.Message)}");
            }
            catch (Exception e)
            {
                throw new ProbeBroke("construct the command", e.Message, e);
            }

            if (command is null)
            {
                continue;
            }

            now = Later(now, m.After ?? Duration.FromHours(1));
            last = Decide(state, command, m.Who?.Invoke(state) ?? m.Actor, now, policies, out var next);
            if (last.Verdict == Verdict.Refused)
            {
                return last;
            }

            state = next;
        }

        return last ?? throw new ProbeBroke("chain", "no probe moves");
    }

    // ---------------------------------------------------------------- classification

    private static ProbeOutcome Classify(Order? state, string? before, OrderCommand command, OneOf<Accepted, Rejected> result, Instant now, OrderPolicies policies)
    {
        if (result.TryPickT1(out var rejected, out var accepted))
        {
            if (rejected.Violations.IsEmpty)
            {
                throw new ProbeBroke($"Decide {command.Kind}", "a Rejected without violations");
            }

            foreach (var v in rejected.Violations)
            {
                CheckMessage($"Decide {command.Kind} refusal {v.Code}", v.Message);
            }

            Unchanged(state, before, $"Decide {command.Kind} (refused)");
            return new ProbeOutcome(Verdict.Refused, "Decide", ProbeBroke.Short(rejected.ToString()));
        }

        Unchanged(state, before, $"Decide {command.Kind} (accepted)");
        if (accepted.IsDuplicate && (!accepted.Events.IsEmpty || !ReferenceEquals(accepted.State, state)))
        {
            throw new ProbeBroke($"Decide {command.Kind}", "a duplicate with events or another state");
        }

        // The events fold into the state the decision returned.
        var folded = state;
        foreach (var e in accepted.Events)
        {
            var f = folded;
            folded = Run($"Evolve the accepted {e.GetType().Name}", () => OrderDecider.Evolve(f, e));
        }

        if (!Equals(folded, accepted.State))
        {
            throw new ProbeBroke($"Decide {command.Kind}", "the accepted events do not fold into the accepted state");
        }

        foreach (var e in accepted.Events)
        {
            CheckEventRoundTrip(e);
        }

        Survive(accepted.State, now, policies, accepted.Events);
        return new ProbeOutcome(Verdict.Survived, "Decide", $"{command.Kind} -> {accepted.State.Status} v{accepted.State.Version}{(accepted.IsDuplicate ? " (duplicate)" : string.Empty)}");
    }

    private static ProbeOutcome ReaderRefused(JsonReadError error)
    {
        if (error is null || error.Path is null || error.Message is null)
        {
            throw new ProbeBroke("reader", "a JsonReadError without path or message");
        }

        CheckMessage("reader refusal", error.Message);
        return new ProbeOutcome(Verdict.Refused, "reader", ProbeBroke.Short(error.ToString()));
    }

    // ---------------------------------------------------------------- survival

    /// <summary>
    /// The survival check of an accepted value: every command kind decided against it (a canonical command per kind, by
    /// the first authorized seed actor and by <see cref="Everyone"/>) returns Accepted or Rejected; PermittedCommands
    /// and PermittedKinds answer; the statement, the service-level monitor (now and ten years later) and the delay
    /// penalty (now and ten years later) answer; a snapshot round trip gives an equal order.
    /// </summary>
    public static void Survive(Order? state, Instant at, OrderPolicies policies, IReadOnlyList<OrderEvent>? events)
    {
        _ = events;
        var latest = Run("survive: read the state's instants", () => Latest(state, at));
        var now = Later(latest, Duration.FromMinutes(1));
        var far = Later(now, FarLater);
        var commands = Run("survive: build the canonical commands from the state", () => Canonical.For(state, now, far));
        foreach (var command in commands)
        {
            foreach (var actor in ActorsFor(command.Kind, policies))
            {
                var ctx = DecisionContext.Create(now, actor, policies);
                var r = Run($"survive: Decide {command.Kind} by {actor.Id}", () => OrderDecider.Decide(state, command, ctx));
                if (r.IsT1 && r.AsT1.Violations.IsEmpty)
                {
                    throw new ProbeBroke($"survive: Decide {command.Kind} by {actor.Id}", "a Rejected without violations");
                }
            }
        }

        foreach (var actor in new[] { Everyone, Nobody })
        {
            var ctx = DecisionContext.Create(now, actor, policies);
            Run($"survive: PermittedCommands for {actor.Id}", () => OrderDecider.PermittedCommands(state, ctx));
            Run($"survive: PermittedKinds for {actor.Id}", () => OrderDecider.PermittedKinds(state, ctx).ToList());
        }

        if (state is null)
        {
            return;
        }

        Run("survive: settlement statement", () => Settlement.Statement(state, policies));
        foreach (var (when, instant) in new[] { ("at the latest instant", now), ("ten years later", far) })
        {
            Run($"survive: service-level Deadlines {when}", () => ServiceLevelMonitor.Deadlines(state, policies.ServiceLevels, instant));
            Run($"survive: service-level Check {when}", () => ServiceLevelMonitor.Check(state, instant, policies.ServiceLevels, Duration.FromHours(8)));
            Run($"survive: service-level Breaches {when}", () => ServiceLevelMonitor.Breaches(state, instant, policies.ServiceLevels, Duration.FromHours(8)));
            Run($"survive: host levels {when}", () => ServiceLevelMonitor.CheckHostLevels(state, instant, policies.ServiceLevels, Duration.FromHours(8)));
            var asOf = Run($"survive: the order's local date {when}", () => LocalDateOf(state, instant));
            var ctx = DecisionContext.Create(instant, Actors.SalesManager, policies);
            Run($"survive: delay-penalty assessment {when}", () => OrderDecider.Decide(state, new AssessDelayPenalty(asOf, ValueList<string>.Of("Line 3")), ctx));
        }

        var json = Run("round trip: WriteSnapshot", () => OrderKernelJson.WriteSnapshot(state));
        var back = Run("round trip: ReadSnapshot", () => OrderKernelJson.ReadSnapshot(json));
        if (back.TryPickT1(out var error, out var order))
        {
            throw new ProbeBroke("round trip: ReadSnapshot", $"the written snapshot does not read back: {error}");
        }

        if (!Equals(order, state))
        {
            throw new ProbeBroke("round trip: snapshot equality", $"the snapshot read back is not the order written ({FirstDifference(json, Run("round trip: WriteSnapshot again", () => OrderKernelJson.WriteSnapshot(order)))})");
        }
    }

    /// <summary>Each seed actor the policy authorizes for the kind (the first one), and <see cref="Everyone"/>.</summary>
    private static IEnumerable<Actor> ActorsFor(CommandKind kind, OrderPolicies policies)
    {
        var own = Actors.All.FirstOrDefault(a => policies.Authorization.Authorize(a, kind) is null);
        if (own is not null)
        {
            yield return own;
        }

        yield return Everyone;
    }

    // ---------------------------------------------------------------- round trips of single values

    public static void CheckEventRoundTrip(OrderEvent e)
    {
        var json = Run($"round trip: Write {e.GetType().Name}", () => OrderKernelJson.Write(e));
        var back = Run($"round trip: ReadEvent {e.GetType().Name}", () => OrderKernelJson.ReadEvent(json));
        if (back.TryPickT1(out var error, out var read))
        {
            throw new ProbeBroke($"round trip: ReadEvent {e.GetType().Name}", $"the written event does not read back: {error}");
        }

        if (!Equals(read, e))
        {
            throw new ProbeBroke($"round trip: event equality {e.GetType().Name}", $"the event read back differs ({FirstDifference(json, OrderKernelJson.Write(read))})");
        }
    }

    public static void CheckCommandRoundTrip(OrderCommand c)
    {
        var json = Run($"round trip: Write {c.Kind}", () => OrderKernelJson.Write(c));
        var back = Run($"round trip: ReadCommand {c.Kind}", () => OrderKernelJson.ReadCommand(json));
        if (back.TryPickT1(out var error, out var read))
        {
            throw new ProbeBroke($"round trip: ReadCommand {c.Kind}", $"the written command does not read back: {error}");
        }

        if (!Equals(read, c))
        {
            throw new ProbeBroke($"round trip: command equality {c.Kind}", $"the command read back differs ({FirstDifference(json, OrderKernelJson.Write(read))})");
        }
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>Adds a duration, saturating at the ends of NodaTime's range (the harness itself must never overflow).</summary>
    public static Instant Later(Instant at, Duration by) =>
        Instant.MaxValue - at <= by ? Instant.MaxValue : at + by;

    public static LocalDate LocalDateOf(Order? state, Instant at)
    {
        var zone = state is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(state.TimeZoneId ?? string.Empty);
        try
        {
            return at.InZone(zone ?? DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException)
        {
            // the end of NodaTime's range in a zone ahead of UTC: the harness's own arithmetic, not the kernel's
            return at < Instant.FromUtc(2000, 1, 1, 0, 0) ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
        }
    }

    /// <summary>The latest instant the state records (received, milestones, hold, delivery, completion, closing, …) or <paramref name="at"/>.</summary>
    public static Instant Latest(Order? state, Instant at)
    {
        if (state is null)
        {
            return at;
        }

        var latest = Instant.Max(at, state.ReceivedAt);
        foreach (var m in state.Milestones)
        {
            latest = Instant.Max(latest, m.At);
        }

        foreach (var s in state.Shipments)
        {
            latest = Instant.Max(latest, s.ShippedAt);
        }

        foreach (var h in state.HoldHistory)
        {
            latest = Instant.Max(latest, h.To);
        }

        foreach (var d in state.ExcusableDelays)
        {
            latest = Instant.Max(latest, d.RecordedAt);
        }

        if (state.Hold is { } hold)
        {
            latest = Instant.Max(latest, hold.PlacedAt);
        }

        if (state.Delivery is { } delivery)
        {
            latest = Instant.Max(latest, delivery.ReceivedAt);
        }

        return Instant.Max(latest, Instant.Max(state.CompletedAt ?? latest, state.ClosedAt ?? latest));
    }

    private static string? Fingerprint(Order? state)
    {
        if (state is null)
        {
            return null;
        }

        try
        {
            return OrderKernelJson.WriteSnapshot(state) + "#" + state.GetHashCode();
        }
        catch (Exception e)
        {
            return "unwritable " + e.GetType().Name;
        }
    }

    private static void Unchanged(Order? state, string? before, string step)
    {
        if (Fingerprint(state) != before)
        {
            throw new ProbeBroke(step, "the state passed in was changed");
        }
    }

    private static void CheckMessage(string step, string message)
    {
        if (message.Length > MaxMessageLength)
        {
            throw new ProbeBroke(step + " (message length)", $"the refusal's message is {message.Length} characters; at most {MaxMessageLength} (quote a short prefix of the input)");
        }
    }

    /// <summary>Runs a step of the kernel: any exception is the probe breaking at that step.</summary>
    public static T Run<T>(string step, Func<T> f)
    {
        try
        {
            return f();
        }
        catch (ProbeBroke)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new ProbeBroke(step, e.Message, e);
        }
    }

    /// <summary>Runs a step that may refuse with the ArgumentException family (construction, Evolve, Replay).</summary>
    private static OneOf<T, ProbeOutcome> Step<T>(string step, Func<T> f, bool allowArgument = false)
    {
        try
        {
            return f();
        }
        catch (ArgumentException e) when (allowArgument && e is not ArgumentNullException { ParamName: "state" })
        {
            CheckMessage(step, e.Message);
            return new ProbeOutcome(Verdict.Refused, step, $"{e.GetType().Name}: {ProbeBroke.Short(e.Message)}");
        }
        catch (Exception e)
        {
            throw new ProbeBroke(step, e.Message, e);
        }
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 60);
        return i == a.Length && i == b.Length
            ? "the JSON texts are equal; the values are not"
            : $"first difference at char {i}: …{a.Substring(from, Math.Min(120, a.Length - from))}… vs …{b.Substring(from, Math.Min(120, b.Length - from))}…";
    }
}

/// <summary>Where a chain probe starts: a state (or none), its instant.</summary>
internal sealed record Start(Order? State, Instant Now);

/// <summary>
/// One step of a chain probe: a command made from the state and instant (null: nothing to do, skipped), the actor (or
/// <see cref="Who"/> choosing one from the state), and the time since the last step.
/// </summary>
internal sealed record Move(Func<Order?, Instant, OrderCommand?> Make, Actor Actor, Duration? After = null)
{
    public Func<Order?, Actor>? Who { get; init; }

    public static Move Of(OrderCommand command, Actor actor, Duration? after = null) => new((_, _) => command, actor, after);

    /// <summary>Signs the next review department still unsigned, by its manager (whatever departments the order's review routed).</summary>
    public static Move SignPending(Actor? by = null) => new(
        (s, _) => Pending(s) is { } d ? TvOrder.Approve(d, s!.Currency) : null,
        Actors.SalesManager)
    {
        Who = s => by ?? (Pending(s) switch
        {
            OrderKernel.Department.Production => Actors.ProductionManager,
            OrderKernel.Department.Technical => Actors.TechnicalManager,
            OrderKernel.Department.Procurement => Actors.ProcurementManager,
            OrderKernel.Department.Quality => Actors.QualityManager,
            OrderKernel.Department.Finance => Actors.FinanceManager,
            _ => Actors.SalesManager,
        }),
    };

    /// <summary>Gives the next approval level the quotation still needs, by the level's own seed actor.</summary>
    public static Move ApprovePending() => new(
        (s, _) => NextLevel(s) is { } l ? new OrderKernel.ApproveQuotation(l, "ok") : null,
        Actors.DepartmentHead)
    {
        Who = s => NextLevel(s) switch
        {
            OrderKernel.ApprovalLevel.GeneralManager => Actors.GeneralManager,
            OrderKernel.ApprovalLevel.Chairman => Actors.Chairman,
            _ => Actors.DepartmentHead,
        },
    };

    private static OrderKernel.ApprovalLevel? NextLevel(Order? s)
    {
        if (s?.Quotation is not { } q)
        {
            return null;
        }

        foreach (var l in q.RequiredLevels)
        {
            if (!q.Approvals.Any(a => a.Level == l))
            {
                return l;
            }
        }

        return null;
    }

    private static OrderKernel.Department? Pending(Order? s)
    {
        if (s?.Review is not { Outcome: OrderKernel.ReviewOutcome.InitialPending or OrderKernel.ReviewOutcome.DetailPending } review)
        {
            return null;
        }

        foreach (var d in review.InitialDepartments.Concat(review.DetailDepartments))
        {
            if (!review.SignOffs.Any(x => x.Department == d))
            {
                return d;
            }
        }

        return null;
    }
}

/// <summary>A probe: a meaningful name, the issue's defect class it targets (1–10), its one acceptable outcome, and its run.</summary>
internal sealed record Probe(string Name, int DefectClass, Expect Expect, Func<ProbeOutcome> Run)
{
    /// <summary>Runs the probe and returns null when it meets its expectation, or what went wrong.</summary>
    public (string Step, string Exception, string Message)? Failure(out TimeSpan elapsed)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var outcome = Run();
            elapsed = watch.Elapsed;
            var ok = Expect switch
            {
                Expect.Survival => outcome.Verdict == Verdict.Survived,
                Expect.Refusal => outcome.Verdict == Verdict.Refused,
                _ => outcome.Verdict == Verdict.Refused && outcome.Source == "reader",
            };
            return ok ? null : ("verdict", "(none)", $"expected {Expect}, got {outcome}");
        }
        catch (ProbeBroke b)
        {
            elapsed = watch.Elapsed;
            return (b.Step, b.ExceptionType, b.Message);
        }
    }

    public void Check()
    {
        var failure = Failure(out var elapsed);
        if (failure is { } f)
        {
            Xunit.Assert.Fail($"probe {Name} [issue 20 class {DefectClass}] broke at «{f.Step}» ({f.Exception}): {f.Message}");
        }

        Xunit.Assert.True(elapsed < TimeSpan.FromSeconds(30), $"probe {Name} [issue 20 class 7] took {elapsed.TotalSeconds:0.0} s");
    }

    public override string ToString() => Name;
}
