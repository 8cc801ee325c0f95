using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

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
