using NodaTime;

namespace OrderKernel;

/// <summary>A step was completed after its time limit (R38, R40): hosts drive escalations and evaluation from it (R41).</summary>
/// <param name="Step">The step.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="CompletedAt">When it was done.</param>
/// <param name="Overdue">How late, in the level's basis.</param>
/// <param name="Limit">The limit.</param>
/// <param name="Basis">Working or elapsed time.</param>
public sealed record ServiceLevelBreached(ServiceStep Step, Instant StartedAt, Instant DueAt, Instant CompletedAt, Duration Overdue, Duration Limit, TimeBasis Basis) : OrderEvent;
