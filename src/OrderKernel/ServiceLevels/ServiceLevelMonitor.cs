using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>
/// Pure functions over an order's milestones: each step's deadline (<see cref="Deadlines"/>) and its standing at an instant
/// (<see cref="Check"/>). The kernel schedules nothing: hosts call these to drive reminders and escalations.
/// </summary>
/// <remarks>
/// Time on a hold the policy excuses (default: customer request) and excusable delays (customer-caused, force majeure,
/// approved changes) do not count: they push the deadline out by the excused time.
/// </remarks>
public static class ServiceLevelMonitor
{
    /// <summary>Lists the deadline of every step that has started.</summary>
    /// <param name="order">The order.</param>
    /// <param name="policy">The service-level policy.</param>
    /// <param name="now">The instant up to which an active hold counts; default the order's last milestone.</param>
    /// <returns>One deadline per started step, in the policy's order.</returns>
    public static ValueList<Deadline> Deadlines(Order order, IServiceLevelPolicy policy, Instant? now = null)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(policy);
        var excused = ExcusedIntervals(order, policy, now ?? order.Trail?.At ?? order.ReceivedAt);
        var result = new List<Deadline>();
        foreach (var level in policy.LevelsFor(order.Priority))
        {
            if (DeadlineOf(order, policy, level, excused) is { } d)
            {
                result.Add(d);
            }
        }

        return ValueList<Deadline>.From(result);
    }

    /// <summary>Checks every started step at an instant: done on time or late, overdue, at risk, or running.</summary>
    /// <param name="order">The order.</param>
    /// <param name="now">The instant.</param>
    /// <param name="policy">The service-level policy.</param>
    /// <param name="warnWithin">Open steps due within this much time (in their basis) are at risk.</param>
    /// <returns>One check per started step.</returns>
    public static ValueList<DeadlineCheck> Check(Order order, Instant now, IServiceLevelPolicy policy, Duration warnWithin)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(policy);
        var excused = ExcusedIntervals(order, policy, now);
        var result = new List<DeadlineCheck>();
        foreach (var level in policy.LevelsFor(order.Priority))
        {
            if (DeadlineOf(order, policy, level, excused) is not { } d)
            {
                continue;
            }

            var end = d.CompletedAt ?? now;
            var used = Effective(policy, level.Basis, d.StartedAt, end, excused);
            var over = used - level.Limit;
            if (d.CompletedAt is not null)
            {
                result.Add(over > Duration.Zero
                    ? new DeadlineCheck(d, DeadlineState.CompletedLate, used, over, Duration.Zero)
                    : new DeadlineCheck(d, DeadlineState.MetOnTime, used, Duration.Zero, Duration.Zero));
            }
            else if (over > Duration.Zero)
            {
                result.Add(new DeadlineCheck(d, DeadlineState.Overdue, used, over, Duration.Zero));
            }
            else
            {
                var remaining = -over;
                result.Add(new DeadlineCheck(d, remaining <= warnWithin ? DeadlineState.AtRisk : DeadlineState.Running, used, Duration.Zero, remaining));
            }
        }

        if (ProgressCadence(order, now, policy, warnWithin) is { } cadence)
        {
            result.Add(cadence);
        }

        return ValueList<DeadlineCheck>.From(result);
    }

    /// <summary>
    /// Checks the host's own levels (R26, <see cref="IServiceLevelPolicy.HostLevels"/>) at an instant: each level whose anchor
    /// has an instant (planned, else reached) is listed as met on time or completed late when its milestone was reached,
    /// otherwise overdue, at risk (due within <paramref name="warnWithin"/>) or running.
    /// </summary>
    /// <remarks>Host levels count plain time in their basis: holds and excusable delays do not move them (a moved plan does).</remarks>
    /// <param name="order">The order.</param>
    /// <param name="now">The instant.</param>
    /// <param name="policy">The service-level policy.</param>
    /// <param name="warnWithin">Open milestones due within this much time (in their basis) are at risk.</param>
    /// <returns>One check per level whose anchor has an instant, in the policy's order.</returns>
    public static ValueList<HostDeadlineCheck> CheckHostLevels(Order order, Instant now, IServiceLevelPolicy policy, Duration warnWithin)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(policy);
        var result = new List<HostDeadlineCheck>();
        foreach (var level in policy.HostLevels)
        {
            if (HostMilestoneDecider.AnchorAt(order, level.Anchor) is not { } anchorAt)
            {
                continue;
            }

            var due = HostMilestoneDecider.DueAt(policy, level, anchorAt);
            var reached = HostMilestoneDecider.Find(order.HostMilestones, level.Milestone)?.ReachedAt;
            var over = HostMilestoneDecider.Late(policy, level, due, reached ?? now);
            var state = (reached, over > Duration.Zero) switch
            {
                (not null, true) => DeadlineState.CompletedLate,
                (not null, false) => DeadlineState.MetOnTime,
                (null, true) => DeadlineState.Overdue,
                _ => -over <= warnWithin ? DeadlineState.AtRisk : DeadlineState.Running,
            };
            var late = over > Duration.Zero ? over : Duration.Zero;
            var remaining = reached is null && over <= Duration.Zero ? -over : Duration.Zero;
            result.Add(new HostDeadlineCheck(level, anchorAt, due, reached, state, late, remaining));
        }

        return ValueList<HostDeadlineCheck>.From(result);
    }

    /// <summary>R24: the next progress report while in production, due one cadence after the previous one (or the release).</summary>
    private static DeadlineCheck? ProgressCadence(Order order, Instant now, IServiceLevelPolicy policy, Duration warnWithin)
    {
        if (order.Status != OrderStatus.InProduction || order.Production is not { } run || policy.ProgressReportInterval is not { } every)
        {
            return null;
        }

        var since = ProductionDecider.LastProgressAt(run);
        var level = new ServiceLevel(ServiceStep.ProgressReported, Milestone.ProductionReleased, Milestone.ProductionCompleted, every, TimeBasis.Working);
        var deadline = new Deadline(level, since, policy.Calendar.AddWorkingTime(since, every), null, Duration.Zero);
        var used = now > since ? policy.Calendar.WorkingTimeBetween(since, now) : Duration.Zero;
        var over = used - every;
        return over > Duration.Zero
            ? new DeadlineCheck(deadline, DeadlineState.Overdue, used, over, Duration.Zero)
            : new DeadlineCheck(deadline, -over <= warnWithin ? DeadlineState.AtRisk : DeadlineState.Running, used, Duration.Zero, -over);
    }

    /// <summary>Lists what is overdue and by how much, what was completed late, and what is about to be overdue.</summary>
    /// <param name="order">The order.</param>
    /// <param name="now">The instant.</param>
    /// <param name="policy">The service-level policy.</param>
    /// <param name="warnWithin">Open steps due within this much time are listed as at risk.</param>
    /// <returns>The checks whose state is <see cref="DeadlineState.Overdue"/>, <see cref="DeadlineState.CompletedLate"/> or <see cref="DeadlineState.AtRisk"/>.</returns>
    public static ValueList<DeadlineCheck> Breaches(Order order, Instant now, IServiceLevelPolicy policy, Duration warnWithin)
    {
        var result = new List<DeadlineCheck>();
        foreach (var c in Check(order, now, policy, warnWithin))
        {
            if (c.State is DeadlineState.Overdue or DeadlineState.CompletedLate or DeadlineState.AtRisk)
            {
                result.Add(c);
            }
        }

        return ValueList<DeadlineCheck>.From(result);
    }

    /// <summary>The breaches completed by the events that took <paramref name="before"/> to <paramref name="after"/>.</summary>
    internal static List<ServiceLevelBreached>? NewBreaches(Order? before, Order after, IServiceLevelPolicy policy, Instant now, ActorId by)
    {
        var from = before?.Trail?.Count ?? 0;
        if ((after.Trail?.Count ?? 0) == from)
        {
            return null;
        }

        // The milestones these events reached, as bits: each level is then one test instead of a search.
        var reached = ReachedSince(after.Trail, from);

        List<ServiceLevelBreached>? breaches = null;
        List<(Instant, Instant)>? excused = null;
        foreach (var level in policy.LevelsFor(after.Priority))
        {
            if ((reached & Bit(level.To)) == 0)
            {
                continue;
            }

            excused ??= ExcusedIntervals(after, policy, now);
            if (DeadlineOf(after, policy, level, excused) is not { CompletedAt: { } done } d)
            {
                continue;
            }

            var over = Effective(policy, level.Basis, d.StartedAt, done, excused) - level.Limit;
            if (over > Duration.Zero && done >= now)
            {
                (breaches ??= []).Add(new ServiceLevelBreached(level.Step, d.StartedAt, d.DueAt, done, over, level.Limit, level.Basis) { At = now, By = by });
            }
        }

        return breaches;
    }

    private static ulong ReachedSince(MilestoneTrail? trail, int from)
    {
        var bits = 0UL;
        for (var m = trail; m is not null && m.Count > from; m = m.Previous)
        {
            bits |= Bit(m.Milestone);
        }

        return bits;
    }

    // Milestone is a small enum (values 0-63, checked by a test), so one bit each fits a ulong. An undefined value in a
    // host's level shares a bit with a defined one at worst: DeadlineOf then finds it never recorded, and nothing is reported.
    private static ulong Bit(Milestone milestone) => 1UL << (int)milestone;

    private static Deadline? DeadlineOf(Order order, IServiceLevelPolicy policy, ServiceLevel level, List<(Instant From, Instant To)> excused)
    {
        // The step starts at the last time its start was reached, and is done at the first end reached at or after that
        // instant: walking newest first, the first start found and the last end found on the whole trail.
        Instant? start = null;
        var m = order.Trail;
        for (; m is not null; m = m.Previous)
        {
            if (m.Milestone == level.From)
            {
                start = m.At;
                break;
            }
        }

        if (start is not { } s)
        {
            return null;
        }

        Instant? done = null;
        for (m = order.Trail; m is not null; m = m.Previous)
        {
            if (m.Milestone == level.To && m.At >= s)
            {
                done = m.At;
            }
        }

        // The due instant is where the counted time reaches the limit: add the excused time met on the way, until stable.
        // The excused time within [start, due] is summed incrementally: the intervals are sorted and disjoint and due only
        // moves out, so each interval that ends by the due instant is measured once, and only the one the due instant falls
        // in is measured again on the next round (linear in the intervals, where a fresh sum per round was quadratic).
        var extra = Duration.Zero;
        var due = Add(policy, level.Basis, s, level.Limit);
        var passed = 0;
        var whole = Duration.Zero;
        for (var i = 0; i <= excused.Count; i++)
        {
            for (; passed < excused.Count && excused[passed].To <= due; passed++)
            {
                var (a, b) = excused[passed];
                var x = a < s ? s : a;
                if (b > x)
                {
                    whole += Measure(policy, level.Basis, x, b);
                }
            }

            var next = whole;
            if (passed < excused.Count && (excused[passed].From < s ? s : excused[passed].From) is var from && due > from)
            {
                next += Measure(policy, level.Basis, from, due);
            }

            if (next == extra)
            {
                break;
            }

            extra = next;
            due = Add(policy, level.Basis, s, level.Limit + extra);
        }

        return new Deadline(level, s, due, done, extra);
    }

    private static Duration Effective(IServiceLevelPolicy policy, TimeBasis basis, Instant from, Instant to, List<(Instant From, Instant To)> excused) =>
        Measure(policy, basis, from, to) - Excused(policy, basis, from, to, excused);

    private static Duration Excused(IServiceLevelPolicy policy, TimeBasis basis, Instant from, Instant to, List<(Instant From, Instant To)> excused)
    {
        var total = Duration.Zero;
        foreach (var (a, b) in excused)
        {
            var x = a < from ? from : a;
            var y = b > to ? to : b;
            if (y > x)
            {
                total += Measure(policy, basis, x, y);
            }
        }

        return total;
    }

    private static Duration Measure(IServiceLevelPolicy policy, TimeBasis basis, Instant from, Instant to) =>
        basis == TimeBasis.Working ? policy.Calendar.WorkingTimeBetween(from, to) : to - from;

    private static Instant Add(IServiceLevelPolicy policy, TimeBasis basis, Instant from, Duration d) =>
        basis == TimeBasis.Working ? policy.Calendar.AddWorkingTime(from, d) : from + d;

    /// <summary>Customer-reason holds and excusable delays as merged, disjoint instant intervals.</summary>
    private static List<(Instant From, Instant To)> ExcusedIntervals(Order order, IServiceLevelPolicy policy, Instant now)
    {
        var list = new List<(Instant From, Instant To)>();
        foreach (var h in order.HoldHistory)
        {
            if (policy.Excuses(h.Code))
            {
                list.Add((h.From, h.To));
            }
        }

        if (order.Hold is { } active && policy.Excuses(active.Code) && now > active.PlacedAt)
        {
            list.Add((active.PlacedAt, now));
        }

        var zone = order.Zone;
        foreach (var d in order.ExcusableDelays)
        {
            list.Add((d.From.AtStartOfDayInZone(zone).ToInstant(), d.To.PlusDays(1).AtStartOfDayInZone(zone).ToInstant()));
        }

        if (list.Count < 2)
        {
            return list;
        }

        list.Sort(static (a, b) => a.From.CompareTo(b.From));
        var merged = new List<(Instant From, Instant To)> { list[0] };
        for (var i = 1; i < list.Count; i++)
        {
            var last = merged[^1];
            if (list[i].From <= last.To)
            {
                merged[^1] = (last.From, list[i].To > last.To ? list[i].To : last.To);
            }
            else
            {
                merged.Add(list[i]);
            }
        }

        return merged;
    }
}
