using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

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
