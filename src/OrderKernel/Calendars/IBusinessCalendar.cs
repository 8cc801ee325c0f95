using NodaTime;

namespace OrderKernel.Policies;

/// <summary>
/// A business calendar: a time zone, working hours per weekday, holidays and make-up working days. Service levels measured
/// in working time use it (R38).
/// </summary>
public interface IBusinessCalendar
{
    /// <summary>Gets the calendar's time zone.</summary>
    DateTimeZone Zone { get; }

    /// <summary>Adds working time to an instant: the instant by which that much working time has passed.</summary>
    /// <param name="start">The start.</param>
    /// <param name="workingTime">The working time; not negative.</param>
    /// <returns>The instant; <paramref name="start"/> itself for zero.</returns>
    Instant AddWorkingTime(Instant start, Duration workingTime);

    /// <summary>Measures the working time between two instants (negative when <paramref name="end"/> is before <paramref name="start"/>).</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The working time.</returns>
    Duration WorkingTimeBetween(Instant start, Instant end);

    /// <summary>Gets the first working instant at or after <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The instant itself when it is within working hours, otherwise the start of the next working period.</returns>
    Instant NextWorkingInstant(Instant instant);

    /// <summary>Tells whether a date has working hours (a working weekday that is not a holiday, or a make-up working day).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it has working hours.</returns>
    bool IsWorkingDay(LocalDate date);
}
