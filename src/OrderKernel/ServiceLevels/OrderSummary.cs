using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>The monthly summary (R41, R47, R49): a pure function over orders and a period.</summary>
public static class OrderSummary
{
    /// <summary>
    /// Gets the department owning each step of the seed's time-limit table: sales enters, confirms, ships and informs the
    /// customer (and coordinates the review), production schedules, plans and packs, quality inspects.
    /// </summary>
    public static ImmutableDictionary<ServiceStep, Department> DefaultStepOwners { get; } = ImmutableDictionary.CreateRange(new KeyValuePair<ServiceStep, Department>[]
    {
        new(ServiceStep.Entered, Department.Sales),
        new(ServiceStep.Confirmed, Department.Sales),
        new(ServiceStep.Reviewed, Department.Sales),
        new(ServiceStep.ProductionScheduled, Department.Production),
        new(ServiceStep.PlanApproved, Department.Production),
        new(ServiceStep.Inspected, Department.Quality),
        new(ServiceStep.Packed, Department.Production),
        new(ServiceStep.Shipped, Department.Sales),
        new(ServiceStep.CustomerInformed, Department.Sales),
    });

    /// <summary>Summarises a calendar month in a time zone: from the start of its first day to the start of the next month's.</summary>
    /// <param name="orders">The orders (any stage).</param>
    /// <param name="month">The month.</param>
    /// <param name="zone">The time zone the month is counted in (the company's).</param>
    /// <param name="policy">The service-level policy.</param>
    /// <param name="stepOwners">The department owning each step; <see cref="DefaultStepOwners"/> when <see langword="null"/>.</param>
    /// <returns>The summary.</returns>
    public static MonthlySummary Monthly(IEnumerable<Order> orders, YearMonth month, DateTimeZone zone, IServiceLevelPolicy policy, IReadOnlyDictionary<ServiceStep, Department>? stepOwners = null)
    {
        Guard.Against.Null(zone);
        var start = month.OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant();
        var end = month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(zone).ToInstant();
        return Of(orders, new Interval(start, end), policy, stepOwners);
    }

    /// <summary>Summarises a period.</summary>
    /// <param name="orders">The orders (any stage).</param>
    /// <param name="period">The period: a bounded interval, start inclusive, end exclusive.</param>
    /// <param name="policy">The service-level policy.</param>
    /// <param name="stepOwners">The department owning each step; <see cref="DefaultStepOwners"/> when <see langword="null"/>.</param>
    /// <returns>The summary.</returns>
    public static MonthlySummary Of(IEnumerable<Order> orders, Interval period, IServiceLevelPolicy policy, IReadOnlyDictionary<ServiceStep, Department>? stepOwners = null)
    {
        Guard.Against.Null(orders);
        Guard.Against.Null(policy);
        if (!period.HasStart || !period.HasEnd)
        {
            throw new System.ArgumentException("The period needs a start and an end.", nameof(period));
        }

        var owners = stepOwners ?? DefaultStepOwners;
        bool In(Instant i) => period.Contains(i);
        var tally = new OrderKpis.StepTally(policy);
        int received = 0, delivered = 0, onTime = 0, completed = 0, closed = 0, cancelled = 0;
        int returnedOrders = 0, returns = 0, exchanges = 0;
        int released = 0, runs = 0, inspections = 0, passed = 0, exceptions = 0, wip = 0;
        var credits = new SortedDictionary<string, Money>(System.StringComparer.Ordinal);
        var quantities = new SortedDictionary<string, Quantity>(System.StringComparer.Ordinal);
        var leadTimes = new List<Duration>();
        var signed = new Dictionary<Department, (int Signed, int Rejected)>();
        foreach (var order in orders)
        {
            Guard.Against.Null(order, nameof(orders));
            received += In(order.ReceivedAt) ? 1 : 0;
            completed += order.CompletedAt is { } done && In(done) ? 1 : 0;
            closed += order.ClosedAt is { } shut && In(shut) ? 1 : 0;
            cancelled += order.Cancellation is { } c && In(c.CancelledAt) ? 1 : 0;
            if (order.Delivery is { } delivery && In(delivery.ReceivedAt))
            {
                delivered++;
                onTime += OrderKpis.IsOnTime(order, delivery) ? 1 : 0;
                leadTimes.Add(delivery.ReceivedAt - order.ReceivedAt);
                tally.AddPenalty(order);
                var returnedByEnd = false;
                foreach (var r in order.Returns)
                {
                    returnedByEnd |= r.RecordedAt < period.End;
                }

                returnedOrders += returnedByEnd ? 1 : 0;
            }

            foreach (var r in order.Returns)
            {
                if (In(r.RecordedAt))
                {
                    returns += r.Kind == ReturnKind.Return ? 1 : 0;
                    exchanges += r.Kind == ReturnKind.Exchange ? 1 : 0;
                    Add(credits, r.Credit.Currency.Code, r.Credit, static (a, b) => a + b);
                }
            }

            Production(order, period, ref released, ref runs, ref inspections, ref passed, ref wip, quantities);
            foreach (var issue in order.Production?.Issues ?? default)
            {
                exceptions += In(issue.ReportedAt) ? 1 : 0;
            }

            foreach (var signOff in order.Review?.SignOffs ?? default)
            {
                if (In(signOff.SignedAt))
                {
                    var (n, rejected) = signed.GetValueOrDefault(signOff.Department);
                    signed[signOff.Department] = (n + 1, rejected + (signOff.Verdict == ReviewVerdict.Reject ? 1 : 0));
                }
            }

            tally.Add(order, In);
        }

        var steps = tally.Steps();
        var departments = new List<DepartmentSummary>();
        foreach (var department in System.Enum.GetValues<Department>())
        {
            int done = 0, late = 0;
            foreach (var step in steps)
            {
                if (owners.TryGetValue(step.Step, out var owner) && owner == department)
                {
                    done += step.Completed;
                    late += step.Breaches;
                }
            }

            var (n, rejected) = signed.GetValueOrDefault(department);
            departments.Add(new DepartmentSummary(department, done, late, OrderKpis.Rate(done - late, done, Percentage.Hundred), n, rejected));
        }

        leadTimes.Sort();
        var lead = leadTimes.Count == 0
            ? new LeadTimeSummary(0, Duration.Zero, Duration.Zero, Duration.Zero, Duration.Zero)
            : new LeadTimeSummary(leadTimes.Count, OrderKpis.Mean(leadTimes), OrderKpis.Rank(leadTimes, 50), OrderKpis.Rank(leadTimes, 90), leadTimes[^1]);
        return new MonthlySummary(
            period,
            new OrderCounts(received, delivered, onTime, delivered - onTime, completed, closed, cancelled),
            OrderKpis.Rate(onTime, delivered, Percentage.Hundred),
            lead,
            new ReturnSummary(returnedOrders, OrderKpis.Rate(returnedOrders, delivered, Percentage.Zero), returns, exchanges, ValueList<Money>.From(credits.Values)),
            new ProductionSummary(released, runs, inspections, passed, inspections - passed, OrderKpis.Rate(passed, inspections, Percentage.Hundred), exceptions, wip, ValueList<Quantity>.From(quantities.Values)),
            ValueList<DepartmentSummary>.From(departments),
            steps,
            tally.Penalties(),
            tally.Points());
    }

    /// <summary>Counts an order's production milestones in the period and whether it is in production at its end.</summary>
    private static void Production(Order order, Interval period, ref int released, ref int runs, ref int inspections, ref int passed, ref int wip, SortedDictionary<string, Quantity> quantities)
    {
        Milestone? latest = null; // the newest production milestone before the period's end
        for (var node = order.Trail; node is not null; node = node.Previous)
        {
            var (m, at) = (node.Milestone, node.At);
            var inPeriod = period.Contains(at);
            released += inPeriod && m == Milestone.ProductionReleased ? 1 : 0;
            inspections += inPeriod && m == Milestone.InspectionRecorded ? 1 : 0;
            passed += inPeriod && m == Milestone.InspectionPassed ? 1 : 0;
            if (m == Milestone.ProductionCompleted && inPeriod)
            {
                runs++;
                foreach (var line in order.Lines)
                {
                    Add(quantities, line.Quantity.Unit.ToString(), line.Quantity, static (a, b) => Quantity.Of(a.Value + b.Value, a.Unit));
                }
            }

            var production = m is Milestone.ProductionReleased or Milestone.ProductionCompleted or Milestone.InspectionRecorded or Milestone.InspectionPassed;
            latest ??= production && at < period.End ? m : null;
        }

        // Released, or back in rework after a failed inspection (recorded without passing), and not cancelled by then.
        var stopped = order.Cancellation is { } c && c.CancelledAt < period.End;
        wip += latest is Milestone.ProductionReleased or Milestone.InspectionRecorded && !stopped ? 1 : 0;
    }

    private static void Add<T>(SortedDictionary<string, T> totals, string key, T value, System.Func<T, T, T> plus) =>
        totals[key] = totals.TryGetValue(key, out var sum) ? plus(sum, value) : value;
}
