namespace OrderKernel;

/// <summary>A host milestone was reached (R26).</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Note">The note.</param>
public sealed record HostMilestoneReached(MilestoneName Milestone, string Note) : OrderEvent;
