namespace OrderKernel;

/// <summary>A change was applied: the order's new lines, date and terms, the amended contract, and the change record (R37).</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Record">The change record.</param>
/// <param name="Lines">The order lines after the change.</param>
/// <param name="DeliveryDate">The delivery date after the change.</param>
/// <param name="PaymentTerms">The payment terms after the change.</param>
/// <param name="ContractAmount">The contract amount after the change.</param>
/// <param name="Installments">The installment amounts after the change.</param>
/// <param name="QuotedLines">The agreed (quoted) lines after the change, which settlement prices deliveries with.</param>
public sealed record ChangeApplied(string ChangeId, ChangeRecord Record, ValueList<OrderLine> Lines, NodaTime.LocalDate? DeliveryDate, PaymentTerms PaymentTerms, Money ContractAmount, ValueList<InstallmentAmount> Installments, ValueList<QuotationLine> QuotedLines) : OrderEvent;
