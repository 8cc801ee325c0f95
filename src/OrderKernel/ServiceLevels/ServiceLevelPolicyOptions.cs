using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

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
