using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.ServiceLevels;

/// <summary>
/// Step statistics of the KPI report (mean, median, 90th percentile, breaches), its period bounds and on-time rate, and
/// how excused time (customer holds, excusable delays) is merged before it pushes a deadline out (R38, R41, R47).
/// Written from the mutation run over service levels (issue 11).
/// </summary>
public class KpiAndExcusedTimeTests
{
    private static readonly IServiceLevelPolicy Levels = ServiceLevelTests.ShanghaiLevels;

    /// <summary>An order received Monday 2 March 10:00 (Shanghai) and recorded <paramref name="minutes"/> later.</summary>
    private static Order RecordedAfter(int minutes)
    {
        var s = ServiceLevelTests.NewScenario();
        s.Do(TvOrder.Receive(), Actors.Sales);
        s.Do(new RecordOrder(minutes), Actors.Clerk, Duration.FromMinutes(minutes));
        return s.Current;
    }

    [Fact]
    public void StepKpis_AreTheMeanMedianAndNinetiethPercentile_OfTheStepsCompletedInThePeriod_R41()
    {
        // Entry times of 90, 10, 40, 20 and 30 minutes (limit: one working hour), in no particular order.
        Order[] orders = [RecordedAfter(90), RecordedAfter(10), RecordedAfter(40), RecordedAfter(20), RecordedAfter(30)];
        var entered = OrderKpis.Compute(orders, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), Levels).Steps.Single(k => k.Step == ServiceStep.Entered);
        Assert.Equal(new StepKpi(ServiceStep.Entered, 5, Duration.FromMinutes(38), Duration.FromMinutes(30), Duration.FromMinutes(90), Duration.FromHours(1), 1), entered);

        var two = OrderKpis.Compute([RecordedAfter(20), RecordedAfter(10)], new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), Levels).Steps.Single(k => k.Step == ServiceStep.Entered);
        Assert.Equal((Duration.FromMinutes(15), Duration.FromMinutes(10), Duration.FromMinutes(20), 0), (two.Mean, two.Median, two.P90, two.Breaches));
    }

    [Fact]
    public void ThePeriod_IncludesBothEndDates_R41()
    {
        Order[] orders = [RecordedAfter(10)];
        Assert.Equal(1, OrderKpis.Compute(orders, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), Levels).Received);
        Assert.Equal(0, OrderKpis.Compute(orders, new LocalDate(2026, 3, 3), new LocalDate(2026, 3, 9), Levels).Received);
        Assert.Equal(0, OrderKpis.Compute(orders, new LocalDate(2026, 2, 23), new LocalDate(2026, 3, 1), Levels).Received);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => OrderKpis.Compute(orders, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1), Levels)).ParamName);
        Assert.StartsWith("The period ends before it starts.", Assert.Throws<ArgumentException>(() => OrderKpis.Compute(orders, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1), Levels)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => OrderKpis.Compute(null!, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), Levels));
        Assert.Throws<ArgumentNullException>(() => OrderKpis.Compute(orders, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), null!));
        Assert.Throws<ArgumentNullException>(() => OrderKpis.Compute([null!], new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), Levels));
    }

    [Fact]
    public void ADeliveryOnTheDueDate_IsOnTime_AndTheRateIsRoundedToHundredths_R47()
    {
        static Order DeliveredAt(Instant at)
        {
            var s = TvOrder.Through(Stage.Shipped, ServiceLevelTests.NewScenario());
            s.Now = at;
            s.Do(new ConfirmDelivery("dock", s.Now), Actors.Customer, Duration.Zero);
            return s.Current;
        }

        // Due 30 June (Shanghai): delivered on 30 June 10:00, 29 June 10:00, and 1 July 10:00.
        Order[] orders = [DeliveredAt(Instant.FromUtc(2026, 6, 30, 2, 0)), DeliveredAt(Instant.FromUtc(2026, 6, 29, 2, 0)), DeliveredAt(Instant.FromUtc(2026, 7, 1, 2, 0))];
        var report = OrderKpis.Compute(orders, new LocalDate(2026, 6, 1), new LocalDate(2026, 7, 31), Levels);
        Assert.Equal((3, 2), (report.Delivered, report.DeliveredOnTime));
        Assert.Equal(OrderKernel.Percentage.Of(66.67m), report.OnTimeDeliveryRate);
    }

    [Fact]
    public void ACustomerHoldInsideAnExcusableDay_IsNotCountedTwice_R38()
    {
        // Recorded Monday 11:00; the whole Monday is an excusable (customer-caused) delay, and a customer hold from
        // 11:10 to 11:20 lies inside it: the confirmation deadline moves by the excused day once, not by the hold again.
        static Order Build(bool withHold)
        {
            var s = ServiceLevelTests.NewScenario();
            s.Do(TvOrder.Receive(), Actors.Sales);
            s.Do(new RecordOrder(1), Actors.Clerk);
            if (withHold)
            {
                s.Do(new PlaceHold(HoldCode.CustomerRequest, "customer on holiday"), Actors.SalesManager, Duration.FromMinutes(10));
                s.Do(new ReleaseHold("back"), Actors.SalesManager, Duration.FromMinutes(10));
            }

            s.Do(new RecordExcusableDelay(ExcusableCause.CustomerCaused, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 2), "customer asked to wait"), Actors.SalesManager, Duration.FromMinutes(1));
            return s.Current;
        }

        var dayOnly = ServiceLevelMonitor.Deadlines(Build(false), Levels).Single(d => d.Level.Step == ServiceStep.Confirmed);
        var dayAndHold = ServiceLevelMonitor.Deadlines(Build(true), Levels).Single(d => d.Level.Step == ServiceStep.Confirmed);
        Assert.Equal(dayOnly.DueAt, dayAndHold.DueAt);
        Assert.Equal(dayOnly.Excused, dayAndHold.Excused);
        Assert.True(dayOnly.Excused > Duration.Zero);
    }

    [Fact]
    public void AChainOfCustomerHolds_MovesTheDeadlineAsTheRoundByRoundDefinitionDoes_R38()
    {
        // Forty customer holds of 10 minutes, 5 minutes apart: each round of the deadline reaches the next hold. The kernel
        // sums the excused time incrementally; the definition sums it afresh each round until it is stable.
        var s = ServiceLevelTests.NewScenario();
        s.Do(TvOrder.Receive(), Actors.Sales);
        for (var i = 0; i < 40; i++)
        {
            s.Do(new PlaceHold(HoldCode.CustomerRequest, "customer busy"), Actors.SalesManager, Duration.FromMinutes(5));
            s.Do(new ReleaseHold("back"), Actors.SalesManager, Duration.FromMinutes(10));
        }

        var calendar = Levels.Calendar;
        var start = s.Current.ReceivedAt;
        var holds = s.Current.HoldHistory.Select(h => (h.From, h.To)).ToList();
        var limit = Duration.FromHours(1);
        var extra = Duration.Zero;
        var due = calendar.AddWorkingTime(start, limit);
        for (var round = 0; round <= holds.Count; round++)
        {
            var next = Duration.Zero;
            foreach (var (a, b) in holds)
            {
                var x = a < start ? start : a;
                var y = b > due ? due : b;
                next += y > x ? calendar.WorkingTimeBetween(x, y) : Duration.Zero;
            }

            if (next == extra)
            {
                break;
            }

            extra = next;
            due = calendar.AddWorkingTime(start, limit + extra);
        }

        var entered = Assert.Single(ServiceLevelMonitor.Deadlines(s.Current, Levels, s.Now));
        Assert.Equal(due, entered.DueAt);
        Assert.Equal(extra, entered.Excused);
        Assert.True(extra >= Duration.FromMinutes(110)); // at least the 11 holds before an hour of counted time
    }

    [Fact]
    public void AnActiveCustomerHold_CountsUpToTheInstantAsked_OrTheLastMilestone_R38()
    {
        var s = ServiceLevelTests.NewScenario();
        s.Do(TvOrder.Receive(), Actors.Sales);
        s.Do(new PlaceHold(HoldCode.CustomerRequest, "customer on holiday"), Actors.SalesManager, Duration.FromMinutes(10));

        // Without an instant the hold counts up to the last milestone (the receipt, before the hold): nothing excused.
        var asOfMilestone = Assert.Single(ServiceLevelMonitor.Deadlines(s.Current, Levels));
        Assert.Equal(Duration.Zero, asOfMilestone.Excused);
        Assert.Equal(s.Current.ReceivedAt + Duration.FromHours(1), asOfMilestone.DueAt);

        var later = Assert.Single(ServiceLevelMonitor.Deadlines(s.Current, Levels, s.Now + Duration.FromMinutes(30)));
        Assert.Equal(Duration.FromMinutes(30), later.Excused);
        Assert.Equal(s.Current.ReceivedAt + Duration.FromMinutes(90), later.DueAt);
        Assert.Equal(Duration.Zero, Assert.Single(ServiceLevelMonitor.Deadlines(s.Current, Levels, s.Current.Hold!.PlacedAt)).Excused);
        Assert.Throws<ArgumentNullException>(() => ServiceLevelMonitor.Deadlines(null!, Levels));
        Assert.Throws<ArgumentNullException>(() => ServiceLevelMonitor.Deadlines(s.Current, null!));
    }
}
