using NodaTime;

namespace OrderKernel;

/// <summary>A host milestone was planned (R26).</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="Note">The note.</param>
public sealed record HostMilestonePlanned(MilestoneName Milestone, Instant PlannedAt, string Note) : OrderEvent;
