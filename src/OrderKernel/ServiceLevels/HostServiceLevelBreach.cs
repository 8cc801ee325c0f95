using NodaTime;

namespace OrderKernel;

/// <summary>A host level's breach recorded in the order (R26).</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Anchor">The level's anchor.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="ReachedAt">When it was reached.</param>
/// <param name="Overdue">How late.</param>
public sealed record HostServiceLevelBreach(MilestoneName Milestone, MilestoneName Anchor, Instant DueAt, Instant ReachedAt, Duration Overdue);
