namespace OrderKernel;

/// <summary>The production area's slice of an order (R14, R21–R29): the latest sample round, the production run and the latest final inspection.</summary>
internal sealed record ProductionState
{
    /// <summary>Gets the latest sample round (R14).</summary>
    public SampleRound? Sample { get; init; }

    /// <summary>Gets the production run (R22–R25).</summary>
    public ProductionRun? Run { get; init; }

    /// <summary>Gets the latest final inspection (R27–R29).</summary>
    public Inspection? Inspection { get; init; }
}
