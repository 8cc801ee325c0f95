using NodaTime;

namespace OrderKernel;

/// <summary>A host level's standing at an instant (R26), listed by <see cref="ServiceLevelMonitor.CheckHostLevels"/>.</summary>
/// <param name="Level">The level.</param>
/// <param name="AnchorAt">The anchor's instant (planned, else reached).</param>
/// <param name="DueAt">When the milestone is due.</param>
/// <param name="ReachedAt">When it was reached, or <see langword="null"/> while open.</param>
/// <param name="State">On time, late, overdue, at risk or running.</param>
/// <param name="Overdue">How late (in the level's basis); zero unless late or overdue.</param>
/// <param name="Remaining">How much time remains (in the level's basis); zero unless open and not overdue.</param>
public sealed record HostDeadlineCheck(HostServiceLevel Level, Instant AnchorAt, Instant DueAt, Instant? ReachedAt, DeadlineState State, Duration Overdue, Duration Remaining);
