using NodaTime;

namespace OrderKernel;

/// <summary>A milestone and when it was reached.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="At">When.</param>
public sealed record MilestoneReached(Milestone Milestone, Instant At);
