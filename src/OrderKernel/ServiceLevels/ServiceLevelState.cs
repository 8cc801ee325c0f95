namespace OrderKernel;

/// <summary>The service levels area's slice of an order (R38): the milestones reached and the breaches recorded.</summary>
internal sealed record ServiceLevelState
{
    /// <summary>Gets the milestones reached, newest first, as a shared chain; <see langword="null"/> when none.</summary>
    public MilestoneTrail? Trail { get; init; }

    /// <summary>Gets the time-limit breaches recorded (R38, R40).</summary>
    public ValueList<ServiceLevelBreach> Breaches { get; init; }
}
