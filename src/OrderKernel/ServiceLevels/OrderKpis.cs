using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>One step's performance over a period: how many, how long (counted time), against which limit, how many late.</summary>
/// <param name="Step">The step.</param>
/// <param name="Completed">Steps completed in the period.</param>
/// <param name="Mean">The mean counted duration.</param>
/// <param name="Median">The median (nearest rank).</param>
/// <param name="P90">The 90th percentile (nearest rank).</param>
/// <param name="Limit">The limit for normal orders.</param>
/// <param name="Breaches">Steps completed late in the period.</param>
public sealed record StepKpi(ServiceStep Step, int Completed, Duration Mean, Duration Median, Duration P90, Duration Limit, int Breaches);

/// <summary>Assessment points a responsible party lost in a period (R39, R41).</summary>
/// <param name="Party">The party.</param>
/// <param name="Points">The points.</param>
public sealed record PartyPoints(string Party, decimal Points);

/// <summary>What a monthly management summary needs (R41, R47, R49).</summary>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period.</param>
/// <param name="Received">Orders received in the period.</param>
/// <param name="Delivered">Orders delivered in the period.</param>
/// <param name="DeliveredOnTime">Of those, delivered on or before the contractual date.</param>
/// <param name="OnTimeDeliveryRate">The on-time delivery rate; 100 % when nothing was delivered.</param>
/// <param name="Cancelled">Orders cancelled in the period.</param>
/// <param name="Steps">Per step performance.</param>
/// <param name="Penalties">Delay penalties of the orders delivered in the period, one total per currency.</param>
/// <param name="Points">Points lost per responsible party on those orders.</param>
public sealed record KpiReport(LocalDate From, LocalDate To, int Received, int Delivered, int DeliveredOnTime, Percentage OnTimeDeliveryRate, int Cancelled, ValueList<StepKpi> Steps, ValueList<Money> Penalties, ValueList<PartyPoints> Points);

/// <summary>Order KPIs over a set of orders and a period: a pure function hosts run for monthly summaries (R41, R47, R49).</summary>
public static class OrderKpis
{
    /// <summary>Computes the KPIs of a period.</summary>
    /// <param name="orders">The orders (any stage).</param>
    /// <param name="from">The first day of the period, in each order's time zone.</param>
    /// <param name="to">The last day of the period.</param>
    /// <param name="policy">The service-level policy.</param>
    /// <returns>The report.</returns>
    public static KpiReport Compute(IEnumerable<Order> orders, LocalDate from, LocalDate to, IServiceLevelPolicy policy)
    {
        Guard.Against.Null(orders);
        Guard.Against.Null(policy);
        if (to < from)
        {
            throw new System.ArgumentException("The period ends before it starts.", nameof(to));
        }

        int received = 0, delivered = 0, onTime = 0, cancelled = 0;
        var used = new Dictionary<ServiceStep, List<Duration>>();
        var breaches = new Dictionary<ServiceStep, int>();
        var penalties = new Dictionary<Currency, Money>();
        var points = new SortedDictionary<string, decimal>(System.StringComparer.Ordinal);
        foreach (var order in orders)
        {
            Guard.Against.Null(order, nameof(orders));
            var zone = DateTimeZoneProviders.Tzdb[order.TimeZoneId];
            bool In(Instant i)
            {
                var d = i.InZone(zone).Date;
                return d >= from && d <= to;
            }

            received += In(order.ReceivedAt) ? 1 : 0;
            cancelled += order.Cancellation is { } c && In(c.CancelledAt) ? 1 : 0;
            if (order.Delivery is { } delivery && In(delivery.ReceivedAt))
            {
                delivered++;
                onTime += order.RequestedDeliveryDate is not { } due || delivery.ReceivedAt.InZone(zone).Date <= due ? 1 : 0;
                if (order.DelayPenalty is { } p)
                {
                    penalties[p.Amount.Currency] = penalties.TryGetValue(p.Amount.Currency, out var sum) ? sum + p.Amount : p.Amount;
                    foreach (var party in p.ResponsibleParties)
                    {
                        points[party] = points.GetValueOrDefault(party) + p.PointsPerParty;
                    }
                }
            }

            var end = order.Trail?.At ?? order.ReceivedAt;
            foreach (var check in ServiceLevelMonitor.Check(order, end, policy, Duration.Zero))
            {
                if (check.Deadline.CompletedAt is not { } done || !In(done))
                {
                    continue;
                }

                var step = check.Deadline.Level.Step;
                (used.TryGetValue(step, out var list) ? list : used[step] = []).Add(check.Used);
                breaches[step] = breaches.GetValueOrDefault(step) + (check.State == DeadlineState.CompletedLate ? 1 : 0);
            }
        }

        var steps = new List<StepKpi>();
        foreach (var level in policy.LevelsFor(Priority.Normal))
        {
            if (!used.TryGetValue(level.Step, out var list))
            {
                steps.Add(new StepKpi(level.Step, 0, Duration.Zero, Duration.Zero, Duration.Zero, level.Limit, 0));
                continue;
            }

            list.Sort();
            var total = Duration.Zero;
            foreach (var d in list)
            {
                total += d;
            }

            steps.Add(new StepKpi(level.Step, list.Count, total / list.Count, Rank(list, 50), Rank(list, 90), level.Limit, breaches.GetValueOrDefault(level.Step)));
        }

        var rate = delivered == 0 ? Percentage.Hundred : Percentage.Of(decimal.Round(onTime * 100m / delivered, 2, System.MidpointRounding.AwayFromZero));
        var partyPoints = new List<PartyPoints>();
        foreach (var (party, p) in points)
        {
            partyPoints.Add(new PartyPoints(party, p));
        }

        return new KpiReport(from, to, received, delivered, onTime, rate, cancelled, ValueList<StepKpi>.From(steps), ValueList<Money>.From(penalties.Values), ValueList<PartyPoints>.From(partyPoints));
    }

    private static Duration Rank(List<Duration> sorted, int percentile)
    {
        var index = (int)System.Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[System.Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
