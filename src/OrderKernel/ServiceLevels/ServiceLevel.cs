using NodaTime;

namespace OrderKernel;

/// <summary>One time limit: a step runs from one milestone to another and must take at most <see cref="Limit"/> (R38).</summary>
/// <param name="Step">The step.</param>
/// <param name="From">The milestone that starts it.</param>
/// <param name="To">The milestone that ends it.</param>
/// <param name="Limit">The time limit.</param>
/// <param name="Basis">Working or elapsed time.</param>
public sealed record ServiceLevel(ServiceStep Step, Milestone From, Milestone To, Duration Limit, TimeBasis Basis);
