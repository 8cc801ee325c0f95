using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using Xunit;

namespace OrderKernel.Tests.Calendars;

public class CalendarTests
{
    internal static readonly IBusinessCalendar Shanghai = BusinessCalendar.Create(
        BusinessCalendarOptions.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0))
            .WithHolidays(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2))
            .WithMakeUpWorkingDays(new LocalDate(2026, 10, 10)));

    private static readonly DateTimeZone ShanghaiZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    internal static ImmutableDictionary<IsoDayOfWeek, ValueList<WorkingPeriod>> WeekdaysOf(params WorkingPeriod[] periods) =>
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .ToImmutableDictionary(d => d, _ => ValueList<WorkingPeriod>.Of(periods));

    private static Instant Local(int y, int mo, int d, int h, int mi, DateTimeZone? zone = null) =>
        new LocalDateTime(y, mo, d, h, mi).InZoneStrictly(zone ?? ShanghaiZone).ToInstant();

    [Fact]
    public void AddWorkingTime_FridayAt1730PlusOneWorkingHour_IsDueMondayAt0930_R38()
    {
        var due = Shanghai.AddWorkingTime(Local(2026, 3, 6, 17, 30), Duration.FromHours(1));
        Assert.Equal(Local(2026, 3, 9, 9, 30), due);
    }

    [Fact]
    public void AddWorkingTime_SplitHours_SkipsTheLunchBreak()
    {
        var calendar = BusinessCalendar.Create(new BusinessCalendarOptions { TimeZoneId = "Asia/Shanghai" });
        Assert.Equal(Local(2026, 3, 9, 13, 30), calendar.AddWorkingTime(Local(2026, 3, 9, 11, 30), Duration.FromHours(1)));
        Assert.Equal(Duration.FromHours(8), calendar.WorkingTimeBetween(Local(2026, 3, 9, 0, 0), Local(2026, 3, 10, 0, 0)));
    }

    [Fact]
    public void Weekdays_NineToSixInShanghai_IsOneLine_WithoutABreak_R38()
    {
        var calendar = BusinessCalendar.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0));

        Assert.Equal(ShanghaiZone, calendar.Zone);
        Assert.Equal(Local(2026, 3, 9, 12, 30), calendar.AddWorkingTime(Local(2026, 3, 9, 11, 30), Duration.FromHours(1)));
        Assert.Equal(Duration.FromHours(9), calendar.WorkingTimeBetween(Local(2026, 3, 9, 0, 0), Local(2026, 3, 10, 0, 0)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 3, 13)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 3, 14)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 3, 15)));
    }

    [Fact]
    public void WeekdaysWithLunchBreak_HasTheSplitHoursOfTheSeed_OnWeekdaysAndMakeUpDays()
    {
        var options = BusinessCalendarOptions.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0)).WithLunchBreak(new LocalTime(12, 0), new LocalTime(13, 0));
        var split = ValueList<WorkingPeriod>.Of(new WorkingPeriod(new LocalTime(9, 0), new LocalTime(12, 0)), new WorkingPeriod(new LocalTime(13, 0), new LocalTime(18, 0)));
        var implicitHours = new BusinessCalendarOptions { TimeZoneId = "Asia/Shanghai" };

        Assert.Equal("Asia/Shanghai", options.TimeZoneId);
        Assert.Equal(implicitHours.Hours.Keys.Order(), options.Hours.Keys.Order());
        Assert.All(options.Hours.Values, periods => Assert.Equal(split, periods));
        Assert.All(implicitHours.Hours.Values, periods => Assert.Equal(split, periods));
        Assert.Equal(split, options.MakeUpDayHours);
        Assert.Equal(implicitHours.MakeUpDayHours, options.MakeUpDayHours);
    }

    [Fact]
    public void WithLunchBreak_CutsOnlyThePeriodsItOverlaps()
    {
        WorkingPeriod P(int from, int to) => new(new LocalTime(from, 0), new LocalTime(to, 0));
        var options = new BusinessCalendarOptions
        {
            TimeZoneId = "UTC",
            Hours = WeekdaysOf(P(7, 10), P(11, 14), P(15, 16), P(17, 20)),
            MakeUpDayHours = ValueList<WorkingPeriod>.Of(P(8, 12)),
        };

        var cut = options.WithLunchBreak(new LocalTime(12, 0), new LocalTime(17, 0));

        Assert.Equal(ValueList<WorkingPeriod>.Of(P(7, 10), P(11, 12), P(17, 20)), cut.Hours[IsoDayOfWeek.Monday]);
        Assert.Equal(ValueList<WorkingPeriod>.Of(P(8, 12)), cut.MakeUpDayHours);
        Assert.Equal(ValueList<WorkingPeriod>.Of(P(9, 10), P(11, 12)), BusinessCalendarOptions.Weekdays("UTC", new LocalTime(9, 0), new LocalTime(12, 0)).WithLunchBreak(new LocalTime(10, 0), new LocalTime(11, 0)).MakeUpDayHours);
        Assert.Equal(options with { MakeUpDayHours = default, Hours = cut.Hours }, cut with { MakeUpDayHours = default });
    }

    [Fact]
    public void WithHolidaysAndMakeUpDays_ReplaceTheDates()
    {
        var options = BusinessCalendarOptions.Weekdays("UTC", new LocalTime(9, 0), new LocalTime(17, 0))
            .WithHolidays(new LocalDate(2026, 1, 1))
            .WithHolidays(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2))
            .WithMakeUpWorkingDays([new LocalDate(2026, 9, 27)]);

        Assert.Equal(ValueList<LocalDate>.Of(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2)), options.Holidays);
        Assert.Equal(ValueList<LocalDate>.Of(new LocalDate(2026, 9, 27)), options.MakeUpWorkingDays);
        var calendar = BusinessCalendar.Create(options);
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 1, 1)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 9, 27)));
    }

    [Fact]
    public void Weekdays_BlankZoneOrBackwardBreak_Throw()
    {
        Assert.Throws<ArgumentException>(() => BusinessCalendarOptions.Weekdays(" ", new LocalTime(9, 0), new LocalTime(18, 0)));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Weekdays(null!, new LocalTime(9, 0), new LocalTime(18, 0)));
        Assert.StartsWith("'Mars/Base' is not a known IANA time zone.", Assert.Throws<ArgumentException>(() => BusinessCalendar.Weekdays("Mars/Base", new LocalTime(9, 0), new LocalTime(18, 0))).Message, StringComparison.Ordinal);
        var options = BusinessCalendarOptions.Weekdays("UTC", new LocalTime(9, 0), new LocalTime(18, 0));
        var message = Assert.Throws<ArgumentException>(() => options.WithLunchBreak(new LocalTime(13, 0), new LocalTime(13, 0))).Message;
        Assert.StartsWith($"A break must end after it starts ({new LocalTime(13, 0)}–{new LocalTime(13, 0)}).", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceLevelDefault_MeasuresOnTheUtcCalendarWithALunchBreak_R38()
    {
        var calendar = OrderKernel.Policies.ServiceLevelPolicy.Default.Calendar;

        Assert.Equal(DateTimeZone.Utc, calendar.Zone);
        Assert.Equal("UTC", OrderKernel.Policies.ServiceLevelPolicy.DefaultUtcCalendar.TimeZoneId);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 13, 30), calendar.AddWorkingTime(Instant.FromUtc(2026, 3, 9, 11, 30), Duration.FromHours(1)));
    }

    [Fact]
    public void WorkingTime_OnTheBerlinSpringForwardNight_IsWhatTheClocksSay()
    {
        // 29 March 2026: clocks jump from 02:00 to 03:00 in Europe/Berlin; a night shift 00:00–06:00 lasts 5 hours.
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var calendar = BusinessCalendar.Create(new BusinessCalendarOptions
        {
            TimeZoneId = "Europe/Berlin",
            Hours = ImmutableDictionary<IsoDayOfWeek, ValueList<WorkingPeriod>>.Empty.Add(IsoDayOfWeek.Sunday, ValueList<WorkingPeriod>.Of(new WorkingPeriod(new LocalTime(0, 0), new LocalTime(6, 0)))),
        });
        var day = new LocalDate(2026, 3, 29);
        Assert.Equal(Duration.FromHours(5), calendar.WorkingTimeBetween(day.AtStartOfDayInZone(berlin).ToInstant(), day.PlusDays(1).AtStartOfDayInZone(berlin).ToInstant()));
        var start = Local(2026, 3, 29, 1, 30, berlin);
        Assert.Equal(Local(2026, 3, 29, 3, 30, berlin), calendar.AddWorkingTime(start, Duration.FromHours(1)));
    }

    [Fact]
    public void AddWorkingTime_SkipsHolidays()
    {
        // Wednesday 30 September 17:30 + 1 h: 1 and 2 October are holidays, the weekend follows: Monday 5 October 09:30.
        Assert.Equal(Local(2026, 10, 5, 9, 30), Shanghai.AddWorkingTime(Local(2026, 9, 30, 17, 30), Duration.FromHours(1)));
        Assert.False(Shanghai.IsWorkingDay(new LocalDate(2026, 10, 1)));
    }

    [Fact]
    public void AddWorkingTime_UsesAMakeUpWorkingDay()
    {
        // Friday 9 October 17:30 + 1 h: Saturday 10 October is a make-up working day.
        Assert.Equal(Local(2026, 10, 10, 9, 30), Shanghai.AddWorkingTime(Local(2026, 10, 9, 17, 30), Duration.FromHours(1)));
        Assert.True(Shanghai.IsWorkingDay(new LocalDate(2026, 10, 10)));
    }

    [Fact]
    public void NextWorkingInstant_OutsideHours_IsTheNextStart()
    {
        Assert.Equal(Local(2026, 3, 9, 9, 0), Shanghai.NextWorkingInstant(Local(2026, 3, 7, 12, 0)));
        Assert.Equal(Local(2026, 3, 9, 10, 0), Shanghai.NextWorkingInstant(Local(2026, 3, 9, 10, 0)));
        Assert.Equal(Local(2026, 3, 10, 9, 0), Shanghai.NextWorkingInstant(Local(2026, 3, 9, 18, 0))); // a period's end is not working time
    }

    [Fact]
    public void WorkingTimeBetween_Reversed_IsNegative() =>
        Assert.Equal(-Duration.FromHours(1), Shanghai.WorkingTimeBetween(Local(2026, 3, 9, 11, 0), Local(2026, 3, 9, 10, 0)));

    [Fact]
    public void Create_InvalidOptions_Throw()
    {
        static string Refused(BusinessCalendarOptions o) => Assert.Throws<ArgumentException>(() => BusinessCalendar.Create(o)).Message;
        Assert.StartsWith("'Mars/Base' is not a known IANA time zone.", Refused(new BusinessCalendarOptions { TimeZoneId = "Mars/Base" }), StringComparison.Ordinal);
        Assert.StartsWith("'' is not a known IANA time zone.", Refused(new BusinessCalendarOptions { TimeZoneId = null! }), StringComparison.Ordinal);
        Assert.StartsWith("A business calendar needs working hours on at least one weekday.", Refused(new BusinessCalendarOptions { TimeZoneId = "UTC", Hours = ImmutableDictionary<IsoDayOfWeek, ValueList<WorkingPeriod>>.Empty }), StringComparison.Ordinal);
        Assert.StartsWith("Working periods of Monday overlap.", Refused(new BusinessCalendarOptions { TimeZoneId = "UTC", Hours = WeekdaysOf(new WorkingPeriod(new LocalTime(9, 0), new LocalTime(12, 0)), new WorkingPeriod(new LocalTime(11, 0), new LocalTime(13, 0))) }), StringComparison.Ordinal);
        Assert.StartsWith($"A working period of Monday must end after it starts ({new LocalTime(12, 0)}–{new LocalTime(9, 0)}).", Refused(new BusinessCalendarOptions { TimeZoneId = "UTC", Hours = WeekdaysOf(new WorkingPeriod(new LocalTime(12, 0), new LocalTime(9, 0))) }), StringComparison.Ordinal);
    }

    private static Arbitrary<Instant> Instants() =>
        Gen.Choose(0, 365 * 24 * 60).Select(m => Local(2026, 1, 1, 0, 0) + Duration.FromMinutes(m)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property WorkingTime_IsAdditive() =>
        Prop.ForAll(Instants(), Instants(), Instants(), (x, y, z) =>
        {
            var sorted = new[] { x, y, z }.Order().ToArray();
            var (a, b, c) = (sorted[0], sorted[1], sorted[2]);
            return Shanghai.WorkingTimeBetween(a, b) + Shanghai.WorkingTimeBetween(b, c) == Shanghai.WorkingTimeBetween(a, c);
        });

    [Property(MaxTest = 300)]
    public Property AddingWorkingTime_ThenMeasuring_GivesItBack() =>
        Prop.ForAll(Instants(), Gen.Choose(0, 200 * 60).ToArbitrary(), (start, minutes) =>
        {
            var d = Duration.FromMinutes(minutes);
            return Shanghai.WorkingTimeBetween(start, Shanghai.AddWorkingTime(start, d)) == d;
        });

    private static readonly string[] TransitionZones =
    [
        "Europe/Berlin", "Europe/London", "America/New_York", "America/Sao_Paulo", "America/St_Johns", "Australia/Lord_Howe",
        "Pacific/Apia", "Africa/Casablanca", "Asia/Shanghai", "Asia/Kolkata", "UTC",
    ];

    // Every day worked, with a period inside the usual 01:00–03:00 transition hours and one around midnight's neighbours.
    private static readonly ValueList<WorkingPeriod> AllDayPeriods = ValueList<WorkingPeriod>.Of(
        new WorkingPeriod(new LocalTime(0, 0), new LocalTime(1, 45)),
        new WorkingPeriod(new LocalTime(2, 15), new LocalTime(3, 30)),
        new WorkingPeriod(new LocalTime(9, 0), new LocalTime(23, 59, 59)));

    /// <summary>
    /// St. John's fell back at 00:01 until 2011, so 23:01–00:01 happened twice and the next date's 00:00 first came (as
    /// 02:30 UTC) before a 03:17 UTC end whose own local date was still the 6th. Found by the property below.
    /// </summary>
    [Fact]
    public void WorkingTime_AcrossAFallBackAtMidnight_CountsTheNextDatesFirstPeriod_R38()
    {
        var calendar = BusinessCalendar.Create(new BusinessCalendarOptions
        {
            TimeZoneId = "America/St_Johns",
            Hours = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToImmutableDictionary(d => d, _ => AllDayPeriods),
        });

        var worked = calendar.WorkingTimeBetween(Instant.FromUtc(2010, 11, 6, 17, 41), Instant.FromUtc(2010, 11, 7, 3, 17));

        // 17:41–02:29:59 UTC of the 6th's 9:00–23:59:59 (NDT), then 02:30–03:17 UTC of the 7th's 0:00–1:45.
        Assert.Equal(Duration.FromHours(8) + Duration.FromMinutes(48) + Duration.FromSeconds(59) + Duration.FromMinutes(47), worked);
    }

    [Property(MaxTest = 500)]
    public Property WorkingTime_InAnyZone_IsWhatTheLenientWallClockMappingGives_R38() =>
        Prop.ForAll(
            (from zoneId in Gen.Elements(TransitionZones)
             from nearTransition in Gen.Elements(true, false)
             from pick in Gen.Choose(0, 80 * 366)
             from minute in Gen.Choose(0, (3 * 24 * 60) - 1)
             from length in Gen.Choose(0, 4 * 24 * 60)
             select (zoneId, nearTransition, pick, minute, length)).ToArbitrary(),
            c =>
            {
                var (zoneId, nearTransition, pick, minute, length) = c;
                var zone = DateTimeZoneProviders.Tzdb[zoneId];

                // Half the cases start up to three days before one of the zone's offset changes, where days are not uniform.
                var transitions = zone.GetZoneIntervals(Instant.FromUtc(1970, 1, 1, 0, 0), Instant.FromUtc(2050, 1, 1, 0, 0))
                    .Where(i => i.HasStart).Select(i => i.Start).ToArray();
                var start = nearTransition && transitions.Length > 0
                    ? transitions[pick % transitions.Length] - Duration.FromMinutes(minute)
                    : new LocalDate(1970, 1, 1).PlusDays(pick).At(LocalTime.Midnight).PlusMinutes(minute).InZoneLeniently(zone).ToInstant();
                var calendar = BusinessCalendar.Create(new BusinessCalendarOptions
                {
                    TimeZoneId = zoneId,
                    Hours = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToImmutableDictionary(d => d, _ => AllDayPeriods),
                });
                var end = start + Duration.FromMinutes(length);

                // The reference: each period's ends mapped leniently, intersected with [start, end).
                var expected = Duration.Zero;
                for (var date = start.InZone(zone).Date.PlusDays(-1); date <= end.InZone(zone).Date.PlusDays(1); date = date.PlusDays(1))
                {
                    foreach (var p in AllDayPeriods)
                    {
                        var from = date.At(p.Start).InZoneLeniently(zone).ToInstant();
                        var to = date.At(p.End).InZoneLeniently(zone).ToInstant();
                        var a = from < start ? start : from;
                        var b = to > end ? end : to;
                        expected += b > a ? b - a : Duration.Zero;
                    }
                }

                var next = calendar.NextWorkingInstant(start);
                var expectedNext = AllDayPeriods.SelectMany(p => new[] { -1, 0, 1 }.Select(offset =>
                        (From: start.InZone(zone).Date.PlusDays(offset).At(p.Start).InZoneLeniently(zone).ToInstant(),
                         To: start.InZone(zone).Date.PlusDays(offset).At(p.End).InZoneLeniently(zone).ToInstant())))
                    .Where(b => b.To > start)
                    .Min(b => b.From < start ? start : b.From);

                return (calendar.WorkingTimeBetween(start, end) == expected).Label($"{zoneId} {start}..{end}: working time")
                    .And((next == expectedNext).Label($"{zoneId} {start}: next working instant {next}, expected {expectedNext}"));
            });
}
