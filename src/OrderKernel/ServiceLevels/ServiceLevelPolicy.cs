using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

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

    private sealed class DefaultServiceLevelPolicy(IBusinessCalendar calendar, ValueList<ServiceLevel> levels, ValueList<ServiceLevel> urgent, ValueList<HoldCode> excused, Duration? progressEvery) : IServiceLevelPolicy
    {
        public IBusinessCalendar Calendar => calendar;

        public ValueList<ServiceLevel> LevelsFor(Priority priority) => priority == Priority.Urgent ? urgent : levels;

        public bool Excuses(HoldCode code) => excused.Contains(code);

        public Duration? ProgressReportInterval => progressEvery;

        public ValueList<MilestoneName> HostMilestones { get; init; }

        public ValueList<HostServiceLevel> HostLevels { get; init; }
    }
}
