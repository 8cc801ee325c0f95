using NodaTime;

namespace OrderKernel;

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
