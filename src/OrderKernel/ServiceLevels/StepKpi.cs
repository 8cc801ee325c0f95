using NodaTime;

namespace OrderKernel;

/// <summary>One step's performance over a period: how many, how long (counted time), against which limit, how many late.</summary>
/// <param name="Step">The step.</param>
/// <param name="Completed">Steps completed in the period.</param>
/// <param name="Mean">The mean counted duration.</param>
/// <param name="Median">The median (nearest rank).</param>
/// <param name="P90">The 90th percentile (nearest rank).</param>
/// <param name="Limit">The limit for normal orders.</param>
/// <param name="Breaches">Steps completed late in the period.</param>
public sealed record StepKpi(ServiceStep Step, int Completed, Duration Mean, Duration Median, Duration P90, Duration Limit, int Breaches);
