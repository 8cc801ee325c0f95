using NodaTime;

namespace OrderKernel;

/// <summary>Where a host milestone stands in an order: when it is planned, and when it was reached (R26).</summary>
/// <param name="Milestone">The host milestone.</param>
/// <param name="PlannedAt">When it is planned, or <see langword="null"/> when no plan was given.</param>
/// <param name="ReachedAt">When it was reached, or <see langword="null"/> while not reached.</param>
public sealed record HostMilestoneStatus(MilestoneName Milestone, Instant? PlannedAt, Instant? ReachedAt);
