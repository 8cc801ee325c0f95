namespace OrderKernel;

/// <summary>The service levels area's slice of an order (R26, R38): the milestones reached, the host milestones planned or reached, and the breaches recorded.</summary>
internal sealed record ServiceLevelState
{
    /// <summary>Gets the milestones reached, newest first, as a shared chain; <see langword="null"/> when none.</summary>
    public MilestoneTrail? Trail { get; init; }

    /// <summary>Gets the time-limit breaches recorded (R38, R40).</summary>
    public ValueList<ServiceLevelBreach> Breaches { get; init; }

    /// <summary>Gets the host milestones planned or reached (R26).</summary>
    public ValueList<HostMilestoneStatus> HostMilestones { get; init; }

    /// <summary>Gets the host levels' breaches recorded (R26).</summary>
    public ValueList<HostServiceLevelBreach> HostBreaches { get; init; }
}
