namespace OrderKernel;

/// <summary>The contract was drawn up, signed for the company and numbered; its amount and installments are fixed. It is not yet in force (see <see cref="ContractInForce"/>).</summary>
/// <param name="Number">The contract number.</param>
/// <param name="Sequence">The sequence value.</param>
/// <param name="Amount">The contract amount.</param>
/// <param name="Installments">The installments with amounts.</param>
/// <param name="QuotationNumber">The accepted quotation revision.</param>
public sealed record ContractSigned(string Number, long Sequence, Money Amount, ValueList<InstallmentAmount> Installments, string QuotationNumber) : OrderEvent;
