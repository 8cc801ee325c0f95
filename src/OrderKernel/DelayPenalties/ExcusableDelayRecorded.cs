using NodaTime;

namespace OrderKernel;

/// <summary>An excusable delay was recorded.</summary>
/// <param name="Cause">The cause.</param>
/// <param name="From">The first excused day.</param>
/// <param name="To">The last excused day.</param>
/// <param name="Reason">The reason.</param>
public sealed record ExcusableDelayRecorded(ExcusableCause Cause, LocalDate From, LocalDate To, string Reason) : OrderEvent;
