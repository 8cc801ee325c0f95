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
