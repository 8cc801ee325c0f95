using NodaTime;

namespace OrderKernel;

/// <summary>Lead time from receipt of the order to its delivery, over the orders delivered in the period (R49), in elapsed time.</summary>
/// <param name="Orders">How many orders it is measured over.</param>
/// <param name="Mean">The mean; zero when none.</param>
/// <param name="Median">The median (nearest rank); zero when none.</param>
/// <param name="P90">The 90th percentile (nearest rank); zero when none.</param>
/// <param name="Longest">The longest; zero when none.</param>
public sealed record LeadTimeSummary(int Orders, Duration Mean, Duration Median, Duration P90, Duration Longest);
