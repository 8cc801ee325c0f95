using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

/// <summary>The time limits per step (R38), by priority (R4), on a business calendar.</summary>
public interface IServiceLevelPolicy
{
    /// <summary>Gets the business calendar working-time limits are measured on.</summary>
    IBusinessCalendar Calendar { get; }

    /// <summary>Gets the time limits for an order of a priority.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The limits.</returns>
    ValueList<ServiceLevel> LevelsFor(Priority priority);

    /// <summary>Tells whether time on a hold with this code does not count (customer reasons).</summary>
    /// <param name="code">The hold code.</param>
    /// <returns><see langword="true"/> when the time is excused.</returns>
    bool Excuses(HoldCode code);

    /// <summary>
    /// Gets the progress cadence while in production (R24): the most working time between two progress reports (the first
    /// counted from the release); <see langword="null"/> when progress is not tracked as a service level. A report later than
    /// this records a <see cref="ServiceLevelBreached"/> for <see cref="ServiceStep.ProgressReported"/>, and the monitor lists
    /// a missing one as overdue. The default of this member is <see langword="null"/>.
    /// </summary>
    Duration? ProgressReportInterval => null;

    /// <summary>
    /// Gets the host's own milestones (R26), e.g. <c>materials-ready</c> and <c>finishing-start</c>: the only names
    /// <see cref="ReachMilestone"/> and <see cref="PlanMilestone"/> accept. The default of this member is empty.
    /// </summary>
    ValueList<MilestoneName> HostMilestones => default;

    /// <summary>
    /// Gets the host's service levels on its milestones (R26), for every priority; checked by
    /// <see cref="ServiceLevelMonitor.CheckHostLevels"/> and breached when a milestone is reached late. The default of this
    /// member is empty.
    /// </summary>
    ValueList<HostServiceLevel> HostLevels => default;
}

/// <summary>Options of the default service-level policy.</summary>
public sealed record ServiceLevelPolicyOptions
{
    /// <summary>
    /// Gets the calendar's options; required, with its zone, e.g.
    /// <c>BusinessCalendarOptions.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0))</c>.
    /// </summary>
    public required BusinessCalendarOptions Calendar { get; init; }

    /// <summary>Gets the limits for normal and important orders; default the seed's table (R38).</summary>
    public ValueList<ServiceLevel> Levels { get; init; } = SeedTable(1);

    /// <summary>Gets the limits for urgent orders, which replace the same steps of <see cref="Levels"/>; default the seed's table halved.</summary>
    public ValueList<ServiceLevel> UrgentLevels { get; init; } = SeedTable(2);

    /// <summary>Gets the hold codes whose time does not count; default customer request and change pending (an approved change's extension of time).</summary>
    public ValueList<HoldCode> ExcusedHoldCodes { get; init; } = ValueList<HoldCode>.Of(HoldCode.CustomerRequest, HoldCode.ChangePending);

    /// <summary>
    /// Gets the progress cadence while in production, in working time (R24: progress is tracked daily); default 8 h, one
    /// working day of <see cref="ServiceLevelPolicy.DefaultUtcCalendar"/>; <see langword="null"/> to leave progress untracked.
    /// </summary>
    public Duration? ProgressReportInterval { get; init; } = Duration.FromHours(8);

    /// <summary>
    /// Gets the host's own milestones (R26): names that are not standard milestones' (whatever their case); default none.
    /// </summary>
    public ValueList<MilestoneName> HostMilestones { get; init; }

    /// <summary>
    /// Gets the host's service levels (R26), at most one per milestone, each on a declared host milestone, anchored on a
    /// standard or declared host milestone other than itself; a negative offset counts elapsed time. Default none.
    /// </summary>
    public ValueList<HostServiceLevel> HostLevels { get; init; }

    /// <summary>Builds the seed's table (R38), every limit divided by <paramref name="divisor"/>.</summary>
    /// <param name="divisor">1 for the seed's limits, 2 to halve them.</param>
    /// <returns>The table.</returns>
    public static ValueList<ServiceLevel> SeedTable(int divisor)
    {
        Guard.Against.NegativeOrZero(divisor);
        ServiceLevel L(ServiceStep step, Milestone from, Milestone to, int hours, TimeBasis basis = TimeBasis.Working) =>
            new(step, from, to, Duration.FromMinutes(hours * 60 / divisor), basis);
        return ValueList<ServiceLevel>.Of(
            L(ServiceStep.Entered, Milestone.Received, Milestone.Recorded, 1),
            L(ServiceStep.Confirmed, Milestone.Recorded, Milestone.ReviewStarted, 3),
            L(ServiceStep.Reviewed, Milestone.ReviewStarted, Milestone.ReviewPassed, 2),
            L(ServiceStep.ProductionScheduled, Milestone.ReadyForProduction, Milestone.ProductionReleased, 1),
            L(ServiceStep.PlanApproved, Milestone.ProductionReleased, Milestone.PlanApproved, 3),
            L(ServiceStep.Inspected, Milestone.ProductionCompleted, Milestone.InspectionRecorded, 1),
            L(ServiceStep.Packed, Milestone.InspectionPassed, Milestone.Packed, 2),
            L(ServiceStep.Shipped, Milestone.ShipmentReleased, Milestone.Shipped, 3),
            L(ServiceStep.CustomerInformed, Milestone.Shipped, Milestone.CustomerInformed, 24, TimeBasis.Elapsed));
    }
}

/// <summary>Creates service-level policies.</summary>
public static class ServiceLevelPolicy
{
    /// <summary>Gets the calendar of <see cref="Default"/>: UTC, Monday to Friday 09:00–12:00 and 13:00–18:00, no holidays.</summary>
    public static BusinessCalendarOptions DefaultUtcCalendar { get; } =
        BusinessCalendarOptions.Weekdays("UTC", new LocalTime(9, 0), new LocalTime(18, 0)).WithLunchBreak(new LocalTime(12, 0), new LocalTime(13, 0));

    /// <summary>
    /// Gets the default policy: the seed's table (R38) on <see cref="DefaultUtcCalendar"/>, in UTC; urgent orders get half the
    /// time. A host whose office is not in UTC creates its own with its calendar.
    /// </summary>
    public static IServiceLevelPolicy Default { get; } = Create(new ServiceLevelPolicyOptions { Calendar = DefaultUtcCalendar });

    /// <summary>Validates options and creates the default policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IServiceLevelPolicy Create(ServiceLevelPolicyOptions options)
    {
        Guard.Against.Null(options);
        var calendar = BusinessCalendar.Create(Guard.Against.Null(options.Calendar, nameof(options)));
        Check(options.Levels);
        Check(options.UrgentLevels);
        var urgent = new ServiceLevel[options.Levels.Count];
        for (var i = 0; i < urgent.Length; i++)
        {
            urgent[i] = options.Levels[i];
            foreach (var u in options.UrgentLevels)
            {
                if (u.Step == urgent[i].Step)
                {
                    urgent[i] = u;
                }
            }
        }

        if (options.ProgressReportInterval is { } every)
        {
            Guard.Against.NegativeOrZero(every.TotalTicks, nameof(options));
        }

        CheckHost(options.HostMilestones, options.HostLevels);
        return new DefaultServiceLevelPolicy(calendar, options.Levels, ValueList<ServiceLevel>.Of(urgent), options.ExcusedHoldCodes, options.ProgressReportInterval)
        {
            HostMilestones = options.HostMilestones,
            HostLevels = options.HostLevels,
        };

        static void Check(ValueList<ServiceLevel> levels)
        {
            foreach (var l in levels)
            {
                Guard.Against.Null(l, nameof(options));
                Guard.Against.NegativeOrZero(l.Limit.TotalTicks, nameof(options));
            }
        }
    }

    // R26: host milestones are the host's own names, each declared once; every level is on a declared host milestone,
    // anchored elsewhere on a standard or declared one, one level per milestone, and counts elapsed time before its anchor.
    private static void CheckHost(ValueList<MilestoneName> milestones, ValueList<HostServiceLevel> levels)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in milestones)
        {
            Guard.Against.Null(m, nameof(milestones));
            if (MilestoneName.IsStandardName(m.Name) || !declared.Add(m.Name))
            {
                throw new ArgumentException($"Host milestone '{m.Name}' is a standard milestone's name or declared twice.", nameof(milestones));
            }
        }

        var measured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in levels)
        {
            Guard.Against.Null(l, nameof(levels));
            Guard.Against.Null(l.Milestone, nameof(levels));
            Guard.Against.Null(l.Anchor, nameof(levels));
            if (!declared.Contains(l.Milestone.Name) || !measured.Add(l.Milestone.Name))
            {
                throw new ArgumentException($"A host level's milestone '{l.Milestone.Name}' is not a declared host milestone, or has two levels.", nameof(levels));
            }

            if (l.Anchor.Equals(l.Milestone) || (l.Anchor.Standard is null && !declared.Contains(l.Anchor.Name)))
            {
                throw new ArgumentException($"The level of '{l.Milestone.Name}' is anchored on '{l.Anchor.Name}', which is itself or not declared.", nameof(levels));
            }

            if (l.Offset < Duration.Zero && l.Basis != TimeBasis.Elapsed)
            {
                throw new ArgumentException($"The level of '{l.Milestone.Name}' is due before its anchor: it counts elapsed time.", nameof(levels));
            }

            Guard.Against.OutOfRange(l.Offset, nameof(levels), -KernelLimits.MaxDuration, KernelLimits.MaxDuration);
            Guard.Against.EnumOutOfRange(l.Basis, nameof(levels));
        }
    }

    internal sealed class DefaultServiceLevelPolicy(IBusinessCalendar calendar, ValueList<ServiceLevel> levels, ValueList<ServiceLevel> urgent, ValueList<HoldCode> excused, Duration? progressEvery) : IServiceLevelPolicy
    {
        // The milestones that end a level, one bit each: most decisions reach none of them and skip the level search.
        private readonly ulong _ends = ServiceLevelMonitor.Ends(levels);
        private readonly ulong _urgentEnds = ServiceLevelMonitor.Ends(urgent);

        public IBusinessCalendar Calendar => calendar;

        public ulong EndsFor(Priority priority) => priority == Priority.Urgent ? _urgentEnds : _ends;

        public ValueList<ServiceLevel> LevelsFor(Priority priority) => priority == Priority.Urgent ? urgent : levels;

        public bool Excuses(HoldCode code) => excused.Contains(code);

        public Duration? ProgressReportInterval => progressEvery;

        public ValueList<MilestoneName> HostMilestones { get; init; }

        public ValueList<HostServiceLevel> HostLevels { get; init; }
    }
}
