using NodaTime;

namespace OrderKernel;

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
