using NodaTime;

namespace OrderKernel;

/// <summary>
/// The monthly management summary of the seeds (R41, R47, R49): counts, on-time delivery, lead time, returns, production, a
/// view per department, the step performance and the delay penalties. Every count is over events whose instant lies in
/// <see cref="Period"/> (start inclusive, end exclusive).
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Orders">The counts.</param>
/// <param name="OnTimeDeliveryRate">The on-time delivery rate; 100 % when nothing was delivered.</param>
/// <param name="LeadTime">Receipt to delivery.</param>
/// <param name="Returns">Returns and exchanges.</param>
/// <param name="Production">The production summary.</param>
/// <param name="Departments">One entry per department, in the order of <see cref="Department"/>.</param>
/// <param name="Steps">Per step performance, as <see cref="OrderKpis.Compute"/> reports it.</param>
/// <param name="Penalties">Delay penalties of the orders delivered in the period, one total per currency.</param>
/// <param name="Points">Assessment points lost per responsible party on those orders (R39, R41).</param>
public sealed record MonthlySummary(
    Interval Period,
    OrderCounts Orders,
    Percentage OnTimeDeliveryRate,
    LeadTimeSummary LeadTime,
    ReturnSummary Returns,
    ProductionSummary Production,
    ValueList<DepartmentSummary> Departments,
    ValueList<StepKpi> Steps,
    ValueList<Money> Penalties,
    ValueList<PartyPoints> Points);
