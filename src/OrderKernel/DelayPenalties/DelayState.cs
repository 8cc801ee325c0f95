namespace OrderKernel;

/// <summary>The delay penalties area's slice of an order (R39, R40): the excusable delays and the latest assessment.</summary>
internal sealed record DelayState
{
    /// <summary>Gets the excusable delays recorded.</summary>
    public ValueList<ExcusableDelay> ExcusableDelays { get; init; }

    /// <summary>Gets the latest delay penalty assessment.</summary>
    public DelayAssessment? Assessment { get; init; }
}
