using NodaTime;

namespace OrderKernel;

/// <summary>A bank acceptance bill was honoured or dishonoured at maturity (R18); honouring is followed by its <see cref="PaymentConfirmed"/>.</summary>
/// <param name="Number">The bill number.</param>
/// <param name="Outcome">Honoured or dishonoured.</param>
/// <param name="SettledAt">When.</param>
public sealed record BankAcceptanceBillSettled(string Number, BillStatus Outcome, Instant SettledAt) : OrderEvent;
