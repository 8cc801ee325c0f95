namespace OrderKernel;

/// <summary>The holds area's slice of an order (R33): the active hold and the released ones.</summary>
internal sealed record HoldState
{
    /// <summary>Gets the active hold; <see langword="null"/> when not on hold.</summary>
    public Hold? Active { get; init; }

    /// <summary>Gets the released holds, in order.</summary>
    public ValueList<HoldPeriod> History { get; init; }
}
