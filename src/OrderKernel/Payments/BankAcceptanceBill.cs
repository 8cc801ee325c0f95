using NodaTime;

namespace OrderKernel;

/// <summary>A bank acceptance bill against one installment (R18): the accepting bank pays its amount at maturity.</summary>
/// <param name="Number">The bill number, unique within the order (it becomes the payment's reference when honoured).</param>
/// <param name="AcceptingBank">The accepting bank.</param>
/// <param name="Installment">The name of the contract installment it pays.</param>
/// <param name="Amount">The face amount, in the order's currency.</param>
/// <param name="IssueDate">The issue date.</param>
/// <param name="MaturityDate">The maturity date, after the issue date.</param>
/// <param name="Status">Where it stands.</param>
public sealed record BankAcceptanceBill(string Number, string AcceptingBank, string Installment, Money Amount, LocalDate IssueDate, LocalDate MaturityDate, BillStatus Status);
