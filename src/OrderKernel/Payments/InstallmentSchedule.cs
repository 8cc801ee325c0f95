using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// The installments' due dates and the overdue ones at an instant, as pure queries over an order (R18, R20): a host
/// schedules <see cref="Overdue"/> (the kernel owns no clock).
/// </summary>
/// <remarks>
/// Due dates, in the order's time zone: on contract — the day the contract came into force (R15); on delivery — the day
/// the customer received the goods; days after invoice — the first invoice's date plus the days (R43); monthly
/// settlement — the statement cut-off at the end of the month of the first invoice, plus the days (月结 N 天; 0: due at
/// the cut-off); before shipment — no date: the shipment release enforces it (R30).
/// </remarks>
public static class InstallmentSchedule
{
    /// <summary>Gets every installment of the contract with its due date and status; empty without a contract.</summary>
    /// <param name="order">The order.</param>
    /// <returns>One entry per installment, in order.</returns>
    public static ValueList<ScheduledInstallment> Of(Order order)
    {
        Guard.Against.Null(order);
        if (order.Contract is not { } contract)
        {
            return default;
        }

        var zone = order.Zone;
        LocalDate? Day(Instant? at) => at is { } i ? i.InZone(zone).Date : null;
        var invoiced = order.Invoices.IsEmpty ? null : Day(order.Invoices[0].IssuedAt);
        var statuses = contract.StatusOf(order.TotalPaid);
        var result = new List<ScheduledInstallment>(contract.Installments.Count);
        for (var i = 0; i < contract.Installments.Count; i++)
        {
            var installment = contract.Installments[i];
            var days = installment.Installment.Days;
            var (due, basis) = installment.Installment.Due switch
            {
                InstallmentDue.OnContract => (Day(contract.InForceAt), "on contract: the day the contract came into force (R15, R17)"),
                InstallmentDue.OnDelivery => (Day(order.Delivery?.ReceivedAt), "on delivery: the day the customer received the goods (R20)"),
                InstallmentDue.DaysAfterInvoice => (invoiced?.PlusDays(days), $"{days} day(s) after the first invoice's date (R20, R43)"),
                InstallmentDue.MonthlySettlement => (invoiced is { } d ? d.With(DateAdjusters.EndOfMonth).PlusDays(days) : null, $"monthly settlement: cut-off at the end of the first invoice's month, due {days} day(s) after (R20)"),
                _ => ((LocalDate?)null, "before shipment: enforced by the shipment release (R17, R30)"),
            };
            result.Add(new ScheduledInstallment(i, installment, due, statuses[i], basis));
        }

        return ValueList<ScheduledInstallment>.From(result);
    }

    /// <summary>Gets the installments not fully paid whose due date has passed at <paramref name="at"/> in the order's time zone.</summary>
    /// <param name="order">The order.</param>
    /// <param name="at">The instant the host asks about.</param>
    /// <returns>The overdue installments, in order; empty when none.</returns>
    public static ValueList<ScheduledInstallment> Overdue(Order order, Instant at)
    {
        Guard.Against.Null(order);
        var today = order.DateAt(at);
        var overdue = new List<ScheduledInstallment>();
        foreach (var s in Of(order))
        {
            if (s.Status != InstallmentStatus.Paid && s.DueDate is { } due && due < today)
            {
                overdue.Add(s);
            }
        }

        return ValueList<ScheduledInstallment>.From(overdue);
    }
}
