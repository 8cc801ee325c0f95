namespace OrderKernel;

/// <summary>Main material was reserved for the order (R11).</summary>
/// <param name="Reservations">The reservations.</param>
public sealed record MaterialReserved(ValueList<MaterialReservation> Reservations) : OrderEvent;
