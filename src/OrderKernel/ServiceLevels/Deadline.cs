using NodaTime;

namespace OrderKernel;

/// <summary>A step's deadline: when it started, when it is due (after excused time), and when it was done, if it was.</summary>
/// <param name="Level">The time limit.</param>
/// <param name="StartedAt">When the step started.</param>
/// <param name="DueAt">When it is due, excused time added.</param>
/// <param name="CompletedAt">When it was done, or <see langword="null"/> while open.</param>
/// <param name="Excused">The time that did not count (customer-reason holds, excusable delays), in the level's basis.</param>
public sealed record Deadline(ServiceLevel Level, Instant StartedAt, Instant DueAt, Instant? CompletedAt, Duration Excused);
