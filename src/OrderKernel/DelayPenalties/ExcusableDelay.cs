using NodaTime;

namespace OrderKernel;

/// <summary>An excusable period, in calendar days of the contract's time zone (both dates included).</summary>
/// <param name="Cause">The cause.</param>
/// <param name="From">The first excused day.</param>
/// <param name="To">The last excused day.</param>
/// <param name="Reason">The reason.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When.</param>
public sealed record ExcusableDelay(ExcusableCause Cause, LocalDate From, LocalDate To, string Reason, ActorId RecordedBy, Instant RecordedAt);
