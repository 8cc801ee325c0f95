using NodaTime;

namespace OrderKernel;

/// <summary>Where a bank acceptance bill stands (R18).</summary>
public enum BillStatus
{
    /// <summary>Accepted by the bank and not yet due or not yet settled: it secures the installment by its terms.</summary>
    Accepted,

    /// <summary>Paid at or after maturity: its amount is a confirmed payment (counted once, in <see cref="Order.TotalPaid"/>).</summary>
    Honoured,

    /// <summary>Refused at maturity: it secures nothing and pays nothing.</summary>
    Dishonoured,
}

/// <summary>A bank acceptance bill against one installment (R18): the accepting bank pays its amount at maturity.</summary>
/// <param name="Number">The bill number, unique within the order (it becomes the payment's reference when honoured).</param>
/// <param name="AcceptingBank">The accepting bank.</param>
/// <param name="Installment">The name of the contract installment it pays.</param>
/// <param name="Amount">The face amount, in the order's currency.</param>
/// <param name="IssueDate">The issue date.</param>
/// <param name="MaturityDate">The maturity date, after the issue date.</param>
/// <param name="Status">Where it stands.</param>
public sealed record BankAcceptanceBill(string Number, string AcceptingBank, string Installment, Money Amount, LocalDate IssueDate, LocalDate MaturityDate, BillStatus Status);

/// <summary>Register an accepted bank acceptance bill against an installment (R18).</summary>
/// <param name="Number">The bill number.</param>
/// <param name="AcceptingBank">The accepting bank.</param>
/// <param name="Installment">The name of the contract installment it pays.</param>
/// <param name="Amount">The face amount: positive, in the order's currency, at most the installment's amount.</param>
/// <param name="IssueDate">The issue date, not after today.</param>
/// <param name="MaturityDate">The maturity date, after the issue date and within <see cref="KernelLimits.MaxDuration"/> of it.</param>
public sealed record RegisterBankAcceptanceBill(string Number, string AcceptingBank, string Installment, Money Amount, LocalDate IssueDate, LocalDate MaturityDate) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RegisterBankAcceptanceBill;

    internal override void CheckInput(InputCheck c) =>
        c.Key("number", Number).Text("acceptingBank", AcceptingBank).Key("installment", Installment).Money("amount", Amount).Date("issueDate", IssueDate).Date("maturityDate", MaturityDate);
}

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

/// <summary>An accepted bank acceptance bill was registered (R18).</summary>
/// <param name="Bill">The bill, <see cref="BillStatus.Accepted"/>.</param>
public sealed record BankAcceptanceBillRegistered(BankAcceptanceBill Bill) : OrderEvent;

/// <summary>A bank acceptance bill was honoured or dishonoured at maturity (R18); honouring is followed by its <see cref="PaymentConfirmed"/>.</summary>
/// <param name="Number">The bill number.</param>
/// <param name="Outcome">Honoured or dishonoured.</param>
/// <param name="SettledAt">When.</param>
public sealed record BankAcceptanceBillSettled(string Number, BillStatus Outcome, Instant SettledAt) : OrderEvent;
