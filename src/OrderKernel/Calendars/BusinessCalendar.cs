using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

/// <summary>A working period within a day, e.g. 09:00–12:00. <see cref="End"/> is after <see cref="Start"/> (no overnight periods).</summary>
/// <param name="Start">The local start time.</param>
/// <param name="End">The local end time.</param>
public sealed record WorkingPeriod(LocalTime Start, LocalTime End);

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

/// <summary>
/// Options of a business calendar. The time zone is always stated: the common cases are one line, e.g.
/// <c>BusinessCalendarOptions.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0)).WithLunchBreak(new LocalTime(12, 0), new LocalTime(13, 0))</c>.
/// </summary>
public sealed record BusinessCalendarOptions
{
    /// <summary>Gets the IANA time zone id, e.g. <c>Asia/Shanghai</c>; required (no default: working hours mean nothing without their zone).</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>Gets the working periods per weekday; default Monday to Friday 09:00–12:00 and 13:00–18:00.</summary>
    public ImmutableDictionary<IsoDayOfWeek, ValueList<WorkingPeriod>> Hours { get; init; } = WeekdayHours(Standard);

    /// <summary>Gets the holidays: dates without working hours.</summary>
    public ValueList<LocalDate> Holidays { get; init; }

    /// <summary>Gets the make-up working days: dates, usually on a weekend, worked with <see cref="MakeUpDayHours"/>.</summary>
    public ValueList<LocalDate> MakeUpWorkingDays { get; init; }

    /// <summary>Gets the working periods of a make-up working day; default 09:00–12:00 and 13:00–18:00.</summary>
    public ValueList<WorkingPeriod> MakeUpDayHours { get; init; } = Standard;

    private static ValueList<WorkingPeriod> Standard => ValueList<WorkingPeriod>.Of(
        new WorkingPeriod(new LocalTime(9, 0), new LocalTime(12, 0)),
        new WorkingPeriod(new LocalTime(13, 0), new LocalTime(18, 0)));

    /// <summary>
    /// Creates the options of a calendar working <paramref name="start"/> to <paramref name="end"/>, Monday to Friday, in a
    /// time zone, without breaks or holidays; make-up working days are worked the same hours.
    /// </summary>
    /// <param name="timeZoneId">The IANA time zone id, e.g. <c>Asia/Shanghai</c>.</param>
    /// <param name="start">The local start of the working day.</param>
    /// <param name="end">The local end of the working day; after <paramref name="start"/> (checked by <see cref="BusinessCalendar.Create"/>).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException"><paramref name="timeZoneId"/> is blank.</exception>
    public static BusinessCalendarOptions Weekdays(string timeZoneId, LocalTime start, LocalTime end)
    {
        var day = ValueList<WorkingPeriod>.Of(new WorkingPeriod(start, end));
        return new BusinessCalendarOptions { TimeZoneId = Guard.Against.NullOrWhiteSpace(timeZoneId), Hours = WeekdayHours(day), MakeUpDayHours = day };
    }

    /// <summary>Returns these options with a daily break: the time from <paramref name="start"/> to <paramref name="end"/> taken out of every working period (weekdays and make-up days).</summary>
    /// <param name="start">The local start of the break.</param>
    /// <param name="end">The local end of the break; after <paramref name="start"/>.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public BusinessCalendarOptions WithLunchBreak(LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"A break must end after it starts ({start}–{end}).", nameof(end));
        }

        var hours = ImmutableDictionary.CreateBuilder<IsoDayOfWeek, ValueList<WorkingPeriod>>();
        foreach (var (day, periods) in Guard.Against.Null(Hours))
        {
            hours[day] = Without(periods, start, end);
        }

        return this with { Hours = hours.ToImmutable(), MakeUpDayHours = Without(MakeUpDayHours, start, end) };
    }

    /// <summary>Returns these options with <paramref name="holidays"/> as the holidays (replacing any set before).</summary>
    /// <param name="holidays">The dates without working hours.</param>
    /// <returns>The new options.</returns>
    public BusinessCalendarOptions WithHolidays(params IEnumerable<LocalDate> holidays) =>
        this with { Holidays = ValueList<LocalDate>.From(Guard.Against.Null(holidays)) };

    /// <summary>Returns these options with <paramref name="dates"/> as the make-up working days (replacing any set before), worked with <see cref="MakeUpDayHours"/>.</summary>
    /// <param name="dates">The make-up working days.</param>
    /// <returns>The new options.</returns>
    public BusinessCalendarOptions WithMakeUpWorkingDays(params IEnumerable<LocalDate> dates) =>
        this with { MakeUpWorkingDays = ValueList<LocalDate>.From(Guard.Against.Null(dates)) };

    private static ImmutableDictionary<IsoDayOfWeek, ValueList<WorkingPeriod>> WeekdayHours(ValueList<WorkingPeriod> periods)
    {
        var b = ImmutableDictionary.CreateBuilder<IsoDayOfWeek, ValueList<WorkingPeriod>>();
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            b[day] = periods;
        }

        return b.ToImmutable();
    }

    // The periods with the time from start to end taken out: a period the break cuts becomes the parts before and after it.
    private static ValueList<WorkingPeriod> Without(ValueList<WorkingPeriod> periods, LocalTime start, LocalTime end)
    {
        var kept = new List<WorkingPeriod>();
        foreach (var p in periods)
        {
            if (Guard.Against.Null(p).End <= start || p.Start >= end)
            {
                kept.Add(p);
                continue;
            }

            if (p.Start < start)
            {
                kept.Add(p with { End = start });
            }

            if (end < p.End)
            {
                kept.Add(p with { Start = end });
            }
        }

        return ValueList<WorkingPeriod>.From(kept);
    }
}

/// <summary>Creates business calendars.</summary>
public static class BusinessCalendar
{
    /// <summary>
    /// Creates a calendar working <paramref name="start"/> to <paramref name="end"/>, Monday to Friday, in a time zone,
    /// without breaks or holidays: <c>BusinessCalendar.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0))</c>.
    /// For breaks, holidays and make-up days, build <see cref="BusinessCalendarOptions.Weekdays"/> and pass it to <see cref="Create"/>.
    /// </summary>
    /// <param name="timeZoneId">The IANA time zone id, e.g. <c>Asia/Shanghai</c>.</param>
    /// <param name="start">The local start of the working day.</param>
    /// <param name="end">The local end of the working day; after <paramref name="start"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">Unknown zone, or <paramref name="end"/> not after <paramref name="start"/>.</exception>
    public static IBusinessCalendar Weekdays(string timeZoneId, LocalTime start, LocalTime end) =>
        Create(BusinessCalendarOptions.Weekdays(timeZoneId, start, end));

    /// <summary>Validates options and creates a calendar over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">Unknown zone, overlapping or empty periods, or no working hours at all.</exception>
    public static IBusinessCalendar Create(BusinessCalendarOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(options.Hours, nameof(options));
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId ?? string.Empty)
            ?? throw new ArgumentException($"'{options.TimeZoneId}' is not a known IANA time zone.", nameof(options));
        var week = new WorkingPeriod[8][];
        var any = false;
        foreach (var (day, periods) in options.Hours)
        {
            week[(int)day] = Validate(periods, day.ToString());
            any |= week[(int)day].Length > 0;
        }

        if (!any)
        {
            throw new ArgumentException("A business calendar needs working hours on at least one weekday.", nameof(options));
        }

        var makeUp = Validate(options.MakeUpDayHours, "make-up days");
        return new Calendar(zone, week, new HashSet<LocalDate>(options.Holidays), new HashSet<LocalDate>(options.MakeUpWorkingDays), makeUp);
    }

    private static WorkingPeriod[] Validate(ValueList<WorkingPeriod> periods, string what)
    {
        var list = new List<WorkingPeriod>(periods);
        list.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        for (var i = 0; i < list.Count; i++)
        {
            Guard.Against.Null(list[i], nameof(periods));
            if (list[i].End <= list[i].Start)
            {
                throw new ArgumentException($"A working period of {what} must end after it starts ({list[i].Start}–{list[i].End}).", nameof(periods));
            }

            if (i > 0 && list[i].Start < list[i - 1].End)
            {
                throw new ArgumentException($"Working periods of {what} overlap.", nameof(periods));
            }
        }

        return list.ToArray();
    }

    private sealed class Calendar(DateTimeZone zone, WorkingPeriod[][] week, HashSet<LocalDate> holidays, HashSet<LocalDate> makeUp, WorkingPeriod[] makeUpHours) : IBusinessCalendar
    {
        private const int MaxDays = 3660;

        public DateTimeZone Zone => zone;

        public bool IsWorkingDay(LocalDate date) => Periods(date).Length > 0;

        public Instant AddWorkingTime(Instant start, Duration workingTime)
        {
            Guard.Against.Negative(workingTime.TotalTicks, nameof(workingTime));
            var remaining = workingTime;
            if (remaining == Duration.Zero)
            {
                return start;
            }

            var date = start.InZone(zone).Date;
            for (var i = 0; i < MaxDays; i++, date = date.PlusDays(1))
            {
                foreach (var p in Periods(date))
                {
                    var (from, to) = Bounds(date, p);
                    if (to <= start)
                    {
                        continue;
                    }

                    var begin = from < start ? start : from;
                    var available = to - begin;
                    if (remaining <= available)
                    {
                        return begin + remaining;
                    }

                    remaining -= available;
                }
            }

            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No working time found within {MaxDays} days of {start}."));
        }

        public Duration WorkingTimeBetween(Instant start, Instant end)
        {
            if (end < start)
            {
                return -WorkingTimeBetween(end, start);
            }

            var total = Duration.Zero;
            // One day past the end's date: where clocks fall back across midnight (St. John's until 2011, at 00:01), the
            // next date's first period can begin, by the earlier of its two wall-clock instants, before the end.
            var last = end.InZone(zone).Date.PlusDays(1);
            for (var date = start.InZone(zone).Date.PlusDays(-1); date <= last; date = date.PlusDays(1))
            {
                foreach (var p in Periods(date))
                {
                    var (from, to) = Bounds(date, p);
                    var a = from < start ? start : from;
                    var b = to > end ? end : to;
                    if (b > a)
                    {
                        total += b - a;
                    }
                }
            }

            return total;
        }

        public Instant NextWorkingInstant(Instant instant)
        {
            var date = instant.InZone(zone).Date;
            for (var i = 0; i < MaxDays; i++, date = date.PlusDays(1))
            {
                foreach (var p in Periods(date))
                {
                    var (from, to) = Bounds(date, p);
                    if (to > instant)
                    {
                        // Stryker disable once Equality : equivalent: at equality both are the same instant.
                        return from > instant ? from : instant;
                    }
                }
            }

            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No working time found within {MaxDays} days of {instant}."));
        }

        private WorkingPeriod[] Periods(LocalDate date)
        {
            if (makeUp.Contains(date))
            {
                return makeUpHours;
            }

            if (holidays.Contains(date))
            {
                return [];
            }

            return week[(int)date.DayOfWeek] ?? [];
        }

        // Lenient resolution keeps periods correct across daylight-saving changes: a period that spans the spring-forward
        // gap is an hour shorter, one that spans the autumn overlap an hour longer, as the clocks on the wall say.
        private (Instant From, Instant To) Bounds(LocalDate date, WorkingPeriod p) =>
            (date.At(p.Start).InZoneLeniently(zone).ToInstant(), date.At(p.End).InZoneLeniently(zone).ToInstant());
    }
}
