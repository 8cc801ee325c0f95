using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

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
        var steps = new StepTally(policy);
        foreach (var order in orders)
        {
            Guard.Against.Null(order, nameof(orders));
            var zone = order.Zone;
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
                onTime += IsOnTime(order, delivery) ? 1 : 0;
                steps.AddPenalty(order);
            }

            steps.Add(order, In);
        }

        return new KpiReport(from, to, received, delivered, onTime, Rate(onTime, delivered, Percentage.Hundred), cancelled, steps.Steps(), steps.Penalties(), steps.Points());
    }

    /// <summary>Whether a delivery was on or before the contractual date, in the order's time zone (an open date is always met).</summary>
    internal static bool IsOnTime(Order order, Delivery delivery) =>
        order.RequestedDeliveryDate is not { } due || order.DateAt(delivery.ReceivedAt) <= due;

    /// <summary>A share as a percentage rounded to two decimals; <paramref name="none"/> when the whole is zero.</summary>
    internal static Percentage Rate(int part, int whole, Percentage none) =>
        whole == 0 ? none : Percentage.Of(decimal.Round(part * 100m / whole, 2, System.MidpointRounding.AwayFromZero));

    /// <summary>Collects the per-step durations and breaches, and the penalties and points, of the orders of a period.</summary>
    internal sealed class StepTally(IServiceLevelPolicy policy)
    {
        private readonly Dictionary<ServiceStep, List<Duration>> _used = [];
        private readonly Dictionary<ServiceStep, int> _breaches = [];
        private readonly Dictionary<Currency, Money> _penalties = [];
        private readonly SortedDictionary<string, decimal> _points = new(System.StringComparer.Ordinal);

        /// <summary>Adds the steps of an order completed in the period.</summary>
        public void Add(Order order, System.Func<Instant, bool> inPeriod)
        {
            var end = order.Trail?.At ?? order.ReceivedAt;
            foreach (var check in ServiceLevelMonitor.Check(order, end, policy, Duration.Zero))
            {
                if (check.Deadline.CompletedAt is not { } done || !inPeriod(done))
                {
                    continue;
                }

                var step = check.Deadline.Level.Step;
                (_used.TryGetValue(step, out var list) ? list : _used[step] = []).Add(check.Used);
                _breaches[step] = _breaches.GetValueOrDefault(step) + (check.State == DeadlineState.CompletedLate ? 1 : 0);
            }
        }

        /// <summary>Adds the delay penalty and points of an order delivered in the period.</summary>
        public void AddPenalty(Order order)
        {
            if (order.DelayPenalty is { } p)
            {
                _penalties[p.Amount.Currency] = _penalties.TryGetValue(p.Amount.Currency, out var sum) ? sum + p.Amount : p.Amount;
                foreach (var party in p.ResponsibleParties)
                {
                    _points[party] = _points.GetValueOrDefault(party) + p.PointsPerParty;
                }
            }
        }

        public ValueList<StepKpi> Steps()
        {
            var steps = new List<StepKpi>();
            foreach (var level in policy.LevelsFor(Priority.Normal))
            {
                if (!_used.TryGetValue(level.Step, out var list))
                {
                    steps.Add(new StepKpi(level.Step, 0, Duration.Zero, Duration.Zero, Duration.Zero, level.Limit, 0));
                    continue;
                }

                list.Sort();
                steps.Add(new StepKpi(level.Step, list.Count, Mean(list), Rank(list, 50), Rank(list, 90), level.Limit, _breaches.GetValueOrDefault(level.Step)));
            }

            return ValueList<StepKpi>.From(steps);
        }

        public ValueList<Money> Penalties() => ValueList<Money>.From(_penalties.Values);

        public ValueList<PartyPoints> Points()
        {
            var partyPoints = new List<PartyPoints>();
            foreach (var (party, p) in _points)
            {
                partyPoints.Add(new PartyPoints(party, p));
            }

            return ValueList<PartyPoints>.From(partyPoints);
        }
    }

    /// <summary>The mean of a non-empty list of durations.</summary>
    internal static Duration Mean(List<Duration> list)
    {
        var total = Duration.Zero;
        foreach (var d in list)
        {
            total += d;
        }

        return total / list.Count;
    }

    /// <summary>The nearest-rank percentile of a sorted, non-empty list.</summary>
    internal static Duration Rank(List<Duration> sorted, int percentile)
    {
        var index = (int)System.Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[System.Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
