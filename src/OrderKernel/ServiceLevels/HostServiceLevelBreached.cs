using NodaTime;

namespace OrderKernel;

/// <summary>A host milestone was reached after its level's deadline (R26, R40): hosts escalate from it like <see cref="ServiceLevelBreached"/>.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Anchor">The level's anchor.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="ReachedAt">When it was reached.</param>
/// <param name="Overdue">How late, in the level's basis.</param>
public sealed record HostServiceLevelBreached(MilestoneName Milestone, MilestoneName Anchor, Instant DueAt, Instant ReachedAt, Duration Overdue) : OrderEvent;
