using NodaTime;

namespace OrderKernel;

/// <summary>Record how a bank acceptance bill was settled at maturity (R18): honoured (its amount is paid) or dishonoured.</summary>
/// <param name="Number">The bill number.</param>
/// <param name="Outcome"><see cref="BillStatus.Honoured"/> or <see cref="BillStatus.Dishonoured"/>.</param>
/// <param name="SettledAt">When the bank paid or refused: on or after the maturity date, not in the future.</param>
public sealed record SettleBankAcceptanceBill(string Number, BillStatus Outcome, Instant SettledAt) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SettleBankAcceptanceBill;

    internal override void CheckInput(InputCheck c) => c.Key("number", Number).Instant("settledAt", SettledAt);
}
