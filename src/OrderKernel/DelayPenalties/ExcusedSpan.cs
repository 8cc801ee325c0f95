using NodaTime;

namespace OrderKernel;

/// <summary>Excusable days inside the late window, with their cause and reason.</summary>
/// <param name="Cause">The cause.</param>
/// <param name="From">The first excused day within the window.</param>
/// <param name="To">The last excused day within the window.</param>
/// <param name="Days">The days it excuses that no earlier span already excused.</param>
/// <param name="Reason">The reason.</param>
public sealed record ExcusedSpan(ExcusableCause Cause, LocalDate From, LocalDate To, int Days, string Reason);
