using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Properties;
using OrderKernel.Tests.Support;
using Xunit;
using Interval = NodaTime.Interval;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.ServiceLevels;

/// <summary>R41, R47, R49: the monthly management summary as a pure function over orders and a period.</summary>
public class MonthlySummaryTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly YearMonth March = new(2026, 3);

    [Fact]
    public void Monthly_OfAClosedOrder_CountsReceiptDeliveryLeadTimeProductionAndDepartments_R41_R47_R49()
    {
        var s = TvOrder.Through(Stage.Closed);
        var o = s.Current;
        var m = OrderSummary.Monthly([o], March, Shanghai, ServiceLevelPolicy.Default);
        Assert.Equal(new Interval(Instant.FromUtc(2026, 2, 28, 16, 0), Instant.FromUtc(2026, 3, 31, 16, 0)), m.Period);
        Assert.Equal(new OrderCounts(1, 1, 1, 0, 1, 1, 0), m.Orders);
        Assert.Equal(Percentage.Hundred, m.OnTimeDeliveryRate);
        var lead = o.Delivery!.ReceivedAt - o.ReceivedAt;
        Assert.Equal(new LeadTimeSummary(1, lead, lead, lead, lead), m.LeadTime);
        Assert.Equal((1, 1, 1, 1, 0, Percentage.Hundred, 0, 0), (m.Production.Released, m.Production.Completed, m.Production.Inspections, m.Production.Passed, m.Production.Failed, m.Production.FirstPassYield, m.Production.Exceptions, m.Production.InProductionAtEnd));
        Assert.Equal([Quantity.Pieces(2000)], m.Production.QuantityCompleted);
        Assert.Equal(Enum.GetValues<Department>(), m.Departments.Select(d => d.Department));
        var sales = m.Departments.Single(d => d.Department == Department.Sales);
        Assert.Equal(m.Steps.Where(x => OrderSummary.DefaultStepOwners[x.Step] == Department.Sales).Sum(x => x.Completed), sales.StepsCompleted);
        Assert.Equal(o.Review!.SignOffs.Count(x => x.Department == Department.Production), m.Departments.Single(d => d.Department == Department.Production).ReviewsSigned);
        Assert.Equal(new ReturnSummary(0, Percentage.Zero, 0, 0, default), m.Returns);
        Assert.Equal((ValueList<Money>.Empty, ValueList<PartyPoints>.Empty), (m.Penalties, m.Points)); // on time: no penalty, no points lost
    }

    [Fact]
    public void Monthly_AReturnedOrder_GivesTheReturnRateAndCredits_AndTheNextMonthIsEmpty_R45_R49()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(new RecordReturn(TvOrder.Line, Quantity.Pieces(3), ReturnKind.Return, "cracked panels"), Actors.SalesManager);
        s.Do(new RecordReturn(TvOrder.Line, Quantity.Pieces(1), ReturnKind.Exchange, "dead pixels"), Actors.SalesManager);
        var other = TvOrder.Through(Stage.Delivered).Current;
        var m = OrderSummary.Monthly([s.Current, other], March, Shanghai, ServiceLevelPolicy.Default);
        Assert.Equal(new ReturnSummary(1, Percentage.Of(50), 1, 1, ValueList<Money>.Of(Money.Of(255.00m, Currency.USD))), m.Returns);
        Assert.Equal(2, m.Orders.Delivered);
        var april = OrderSummary.Monthly([s.Current, other], new YearMonth(2026, 4), Shanghai, ServiceLevelPolicy.Default);
        Assert.Equal(new OrderCounts(0, 0, 0, 0, 0, 0, 0), april.Orders);
        Assert.Equal((Percentage.Hundred, Percentage.Zero, 0), (april.OnTimeDeliveryRate, april.Returns.ReturnRate, april.LeadTime.Orders));
        Assert.All(april.Departments, d => Assert.Equal((0, Percentage.Hundred), (d.StepsCompleted, d.OnTimeRate)));
    }

    [Fact]
    public void Monthly_InProductionAtTheMonthsEnd_IsWorkInProgress_AndAFailedInspectionLowersTheYield_R29_R47()
    {
        var r = TvOrder.Through(Stage.InProduction);
        r.Do(new ReportProductionException("line stop", Duration.FromHours(4)), Actors.Production);
        var running = r.Current;
        var s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.Second, 2000, 9, "defects"), Actors.QualityInspector);
        var m = OrderSummary.Monthly([running, s.Current], March, Shanghai, ServiceLevelPolicy.Default);
        Assert.Equal((2, 1, 1, 0, 1, Percentage.Zero, 1), (m.Production.Released, m.Production.Completed, m.Production.Inspections, m.Production.Passed, m.Production.Failed, m.Production.FirstPassYield, m.Production.InProductionAtEnd - 1));
        Assert.Equal(1, m.Production.Exceptions);
        var late = OrderSummary.Monthly([s.Current], March, Shanghai, ServiceLevelPolicy.Default);
        Assert.Equal(1, late.Production.InProductionAtEnd); // sent back to rework: released and not completed again
    }

    [Fact]
    public void Monthly_ACancelledOrder_IsCountedAndNoLongerInProduction_R36_R47()
    {
        var s = TvOrder.Through(Stage.InProduction);
        s.Do(new CancelOrder("market collapsed"), Actors.GeneralManager);
        var m = OrderSummary.Monthly([s.Current], March, Shanghai, ServiceLevelPolicy.Default);
        Assert.Equal((1, 0), (m.Orders.Cancelled, m.Production.InProductionAtEnd));
    }

    [Fact]
    public void Of_WithCustomStepOwners_AndBadArguments()
    {
        var o = TvOrder.Through(Stage.Closed).Current;
        var all = Enum.GetValues<ServiceStep>().ToDictionary(x => x, _ => Department.Quality);
        var m = OrderSummary.Monthly([o], March, Shanghai, ServiceLevelPolicy.Default, all);
        Assert.Equal(m.Steps.Sum(x => x.Completed), m.Departments.Single(d => d.Department == Department.Quality).StepsCompleted);
        Assert.Throws<ArgumentNullException>(() => OrderSummary.Of(null!, new Interval(Instant.MinValue, Instant.MaxValue), ServiceLevelPolicy.Default));
        Assert.Throws<ArgumentNullException>(() => OrderSummary.Of([o], new Interval(Instant.MinValue, Instant.MaxValue), null!));
        Assert.Throws<ArgumentNullException>(() => OrderSummary.Of([null!], new Interval(Instant.MinValue, Instant.MaxValue), ServiceLevelPolicy.Default));
        Assert.Throws<ArgumentNullException>(() => OrderSummary.Monthly([o], March, null!, ServiceLevelPolicy.Default));
        Assert.Throws<ArgumentException>(() => OrderSummary.Of([o], new Interval(null, Instant.MaxValue), ServiceLevelPolicy.Default));
        Assert.Throws<ArgumentException>(() => OrderSummary.Of([o], new Interval(Instant.MinValue, null), ServiceLevelPolicy.Default));
    }

    /// <summary>R47, R49 invariant: the counts add up (delivered = on time + late, inspections = passed + failed, departments share the steps), and splitting a period splits every count.</summary>
    [Property(MaxTest = 60)]
    public Property Summary_CountsAddUp_AndSplittingThePeriodSplitsTheCounts_R47_R49() =>
        Prop.ForAll(LifecycleProperties.Sequences(), Gen.Choose(0, 60 * 24 * 40).ToArbitrary(), (steps, splitMinutes) =>
        {
            var orders = new List<Order>();
            if (LifecycleProperties.Run(steps).Last().Scenario.State is { } order)
            {
                orders.Add(order);
            }

            orders.Add(TvOrder.Through(Stage.Closed).Current);
            var start = Instant.FromUtc(2026, 3, 1, 0, 0);
            var end = Instant.FromUtc(2026, 5, 1, 0, 0);
            var split = start + Duration.FromMinutes(splitMinutes);
            var whole = OrderSummary.Of(orders, new Interval(start, end), ServiceLevelPolicy.Default);
            var a = OrderSummary.Of(orders, new Interval(start, split), ServiceLevelPolicy.Default);
            var b = OrderSummary.Of(orders, new Interval(split, end), ServiceLevelPolicy.Default);
            foreach (var m in new[] { whole, a, b })
            {
                Assert.Equal(m.Orders.Delivered, m.Orders.DeliveredOnTime + m.Orders.DeliveredLate);
                Assert.Equal(m.Production.Inspections, m.Production.Passed + m.Production.Failed);
                Assert.Equal(m.Steps.Sum(x => x.Completed), m.Departments.Sum(d => d.StepsCompleted));
                Assert.Equal(m.Steps.Sum(x => x.Breaches), m.Departments.Sum(d => d.StepsLate));
                Assert.InRange(m.Returns.DeliveredOrdersReturned, 0, m.Orders.Delivered);
                Assert.Equal(m.Orders.Delivered, m.LeadTime.Orders);
            }

            Assert.Equal(whole.Orders.Received, a.Orders.Received + b.Orders.Received);
            Assert.Equal(whole.Orders.Delivered, a.Orders.Delivered + b.Orders.Delivered);
            Assert.Equal(whole.Orders.Completed, a.Orders.Completed + b.Orders.Completed);
            Assert.Equal(whole.Orders.Closed, a.Orders.Closed + b.Orders.Closed);
            Assert.Equal(whole.Orders.Cancelled, a.Orders.Cancelled + b.Orders.Cancelled);
            Assert.Equal(whole.Production.Released, a.Production.Released + b.Production.Released);
            Assert.Equal(whole.Production.Inspections, a.Production.Inspections + b.Production.Inspections);
            Assert.Equal(whole.Production.Exceptions, a.Production.Exceptions + b.Production.Exceptions);
            Assert.Equal(whole.Returns.ReturnsRecorded, a.Returns.ReturnsRecorded + b.Returns.ReturnsRecorded);
            Assert.Equal(whole.Steps.Sum(x => x.Completed), a.Steps.Sum(x => x.Completed) + b.Steps.Sum(x => x.Completed));
        });
}
