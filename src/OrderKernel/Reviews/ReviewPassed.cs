using NodaTime;

namespace OrderKernel;

/// <summary>Every required department approved: the review passed.</summary>
/// <param name="Round">The round.</param>
/// <param name="LongestWorkingTimeNeeded">The longest working time any department needs (the review form's lead time, R5).</param>
public sealed record ReviewPassed(int Round, Duration LongestWorkingTimeNeeded) : OrderEvent;
