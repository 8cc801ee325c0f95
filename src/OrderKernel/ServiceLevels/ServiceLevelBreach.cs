using NodaTime;

namespace OrderKernel;

/// <summary>A breach recorded in the order.</summary>
/// <param name="Step">The step.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="CompletedAt">When it was done.</param>
/// <param name="Overdue">How late.</param>
public sealed record ServiceLevelBreach(ServiceStep Step, Instant DueAt, Instant CompletedAt, Duration Overdue);
