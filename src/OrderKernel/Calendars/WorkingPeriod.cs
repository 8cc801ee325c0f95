using NodaTime;

namespace OrderKernel.Policies;

/// <summary>A working period within a day, e.g. 09:00–12:00. <see cref="End"/> is after <see cref="Start"/> (no overnight periods).</summary>
/// <param name="Start">The local start time.</param>
/// <param name="End">The local end time.</param>
public sealed record WorkingPeriod(LocalTime Start, LocalTime End);
