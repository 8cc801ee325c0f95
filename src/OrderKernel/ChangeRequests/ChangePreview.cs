using NodaTime;

namespace OrderKernel;

/// <summary>
/// The preview of a change, computed without applying it: the diff, the effect on the contract amount and installments
/// (deposit and balance), on the delivery date, and the approvals it needs.
/// </summary>
/// <param name="BaseRevision">The order revision the preview was made on.</param>
/// <param name="Diff">The fields that change.</param>
/// <param name="ContractAmountBefore">The contract amount before.</param>
/// <param name="ContractAmountAfter">The contract amount after.</param>
/// <param name="InstallmentsAfter">The installment amounts after (they sum to the new amount).</param>
/// <param name="DeliveryDateBefore">The delivery date before.</param>
/// <param name="DeliveryDateAfter">The delivery date after; a later date extends the time limits.</param>
/// <param name="Routing">Who must act.</param>
public sealed record ChangePreview(int BaseRevision, ValueList<FieldDiff> Diff, Money ContractAmountBefore, Money ContractAmountAfter, ValueList<InstallmentAmount> InstallmentsAfter, LocalDate? DeliveryDateBefore, LocalDate? DeliveryDateAfter, ChangeRouting Routing);
