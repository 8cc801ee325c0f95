namespace OrderKernel;

/// <summary>Whether a time limit counts working time on the business calendar or elapsed time.</summary>
public enum TimeBasis
{
    /// <summary>Working time on the business calendar.</summary>
    Working,

    /// <summary>Elapsed (wall-clock) time.</summary>
    Elapsed,
}
