using System.Collections.Generic;
using NodaTime;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Host milestones (R26): reaching and planning them, their levels' deadlines, and the breach of a late one.</summary>
internal static class HostMilestoneDecider
{
    public static Outcome Decide(Order state, ReachMilestone c, DecisionContext ctx)
    {
        if (Undeclared(c.Milestone, ctx.Policies.ServiceLevels) is { } refused)
        {
            return Outcome.Reject(refused);
        }

        return Find(state.HostMilestones, c.Milestone) is { ReachedAt: { } at }
            ? Outcome.Reject(ViolationCodes.MilestoneAlreadyReached, $"{c.Milestone} was already reached at {at}; a milestone is reached once.", "R26")
            : Outcome.Emit(new HostMilestoneReached(c.Milestone, c.Note ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, PlanMilestone c, DecisionContext ctx) =>
        Undeclared(c.Milestone, ctx.Policies.ServiceLevels) is { } refused
            ? Outcome.Reject(refused)
            : Outcome.Emit(new HostMilestonePlanned(c.Milestone, c.PlannedAt, c.Note ?? string.Empty) { At = ctx.Now, By = ctx.Actor.Id });

    public static Order Apply(Order s, HostMilestoneReached e) =>
        s with { HostMilestones = Set(s, e.Milestone, static (m, at) => m with { ReachedAt = at }, e.At) };

    public static Order Apply(Order s, HostMilestonePlanned e) =>
        s with { HostMilestones = Set(s, e.Milestone, static (m, at) => m with { PlannedAt = at }, e.PlannedAt) };

    public static Order Apply(Order s, HostServiceLevelBreached e) =>
        s with { HostServiceLevelBreaches = s.HostServiceLevelBreaches.Add(new HostServiceLevelBreach(e.Milestone, e.Anchor, e.DueAt, e.ReachedAt, e.Overdue), s.Fold) };

    /// <summary>The instant a level is measured from: the anchor's planned instant, else when it was (last) reached.</summary>
    public static Instant? AnchorAt(Order order, MilestoneName anchor)
    {
        if (anchor.Standard is { } standard)
        {
            for (var m = order.Trail; m is not null; m = m.Previous)
            {
                if (m.Milestone == standard)
                {
                    return m.At;
                }
            }

            return null;
        }

        return Find(order.HostMilestones, anchor) is { } s ? s.PlannedAt ?? s.ReachedAt : null;
    }

    /// <summary>When a level's milestone is due, from its anchor's instant.</summary>
    public static Instant DueAt(IServiceLevelPolicy policy, HostServiceLevel level, Instant anchorAt) =>
        level.Basis == TimeBasis.Working && level.Offset >= Duration.Zero ? policy.Calendar.AddWorkingTime(anchorAt, level.Offset) : anchorAt + level.Offset;

    /// <summary>How far <paramref name="at"/> is past <paramref name="due"/> in the level's basis (negative before it).</summary>
    public static Duration Late(IServiceLevelPolicy policy, HostServiceLevel level, Instant due, Instant at) =>
        level.Basis == TimeBasis.Working ? policy.Calendar.WorkingTimeBetween(due, at) : at - due;

    public static HostMilestoneStatus? Find(ValueList<HostMilestoneStatus> list, MilestoneName name)
    {
        foreach (var m in list)
        {
            if (m.Milestone.Equals(name))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The breaches of the host milestones the events that took <paramref name="before"/> to <paramref name="after"/> reached late.</summary>
    public static List<HostServiceLevelBreached>? NewBreaches(Order? before, Order after, IServiceLevelPolicy policy, Instant now, ActorId by)
    {
        if (after.HostMilestones.IsEmpty || policy.HostLevels.IsEmpty)
        {
            return null;
        }

        List<HostServiceLevelBreached>? breaches = null;
        foreach (var level in policy.HostLevels)
        {
            if (Find(after.HostMilestones, level.Milestone) is not { ReachedAt: { } reached }
                || (before is not null && Find(before.HostMilestones, level.Milestone) is { ReachedAt: not null })
                || AnchorAt(after, level.Anchor) is not { } anchorAt)
            {
                continue;
            }

            var due = DueAt(policy, level, anchorAt);
            var over = Late(policy, level, due, reached);
            if (over > Duration.Zero)
            {
                (breaches ??= []).Add(new HostServiceLevelBreached(level.Milestone, level.Anchor, due, reached, over) { At = now, By = by });
            }
        }

        return breaches;
    }

    private static Violation? Undeclared(MilestoneName milestone, IServiceLevelPolicy policy) =>
        policy.HostMilestones.Contains(milestone)
            ? null
            : Violation.Of(
                ViolationCodes.MilestoneUndeclared,
                milestone.Standard is null
                    ? $"{milestone} is not a host milestone declared in the service-level policy."
                    : $"{milestone} is a standard milestone, reached by the kernel's own events, not by a host command.",
                "R26");

    private static ValueList<HostMilestoneStatus> Set(Order s, MilestoneName name, System.Func<HostMilestoneStatus, Instant, HostMilestoneStatus> change, Instant at)
    {
        var list = s.HostMilestones;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Milestone.Equals(name))
            {
                return list.SetItem(i, change(list[i], at));
            }
        }

        return list.Add(change(new HostMilestoneStatus(name, null, null), at), s.Fold);
    }
}
