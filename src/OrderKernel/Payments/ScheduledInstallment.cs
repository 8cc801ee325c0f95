using NodaTime;

namespace OrderKernel;

/// <summary>One installment with its due date and standing (R18, R20).</summary>
/// <param name="Index">The installment's position in the payment terms, from 0.</param>
/// <param name="Installment">The installment with its amount.</param>
/// <param name="DueDate">The date it falls due in the order's time zone, or <see langword="null"/> while its basis has not happened (or for <see cref="InstallmentDue.BeforeShipment"/>, which the shipment release enforces, R30).</param>
/// <param name="Status">Paid, partly paid or open, payments applied to installments in order.</param>
/// <param name="Basis">How the due date follows from the terms, for people.</param>
public sealed record ScheduledInstallment(int Index, InstallmentAmount Installment, LocalDate? DueDate, InstallmentStatus Status, string Basis);
