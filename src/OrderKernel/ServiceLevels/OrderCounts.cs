namespace OrderKernel;

/// <summary>How many orders did what in the period (R47, R49).</summary>
/// <param name="Received">Orders received in the period.</param>
/// <param name="Delivered">Orders delivered (received by the customer) in the period: <paramref name="DeliveredOnTime"/> + <paramref name="DeliveredLate"/>.</param>
/// <param name="DeliveredOnTime">Of those, on or before the contractual date.</param>
/// <param name="DeliveredLate">Of those, after it.</param>
/// <param name="Completed">Orders completed in the period (R42).</param>
/// <param name="Closed">Orders closed in the period.</param>
/// <param name="Cancelled">Orders cancelled in the period (R36).</param>
public sealed record OrderCounts(int Received, int Delivered, int DeliveredOnTime, int DeliveredLate, int Completed, int Closed, int Cancelled);
