namespace OrderKernel;

/// <summary>
/// The terms a change request changes, which exist together from signing on (R33): the contract and the quotation it was
/// signed on. What the change requests module's deciders receive instead of reading possibly absent stage records.
/// </summary>
/// <param name="Contract">The signed contract.</param>
/// <param name="Quotation">The accepted quotation the contract was signed on.</param>
internal sealed record SignedTerms(Contract Contract, Quotation Quotation)
{
    /// <summary>The order's signed terms, or <see langword="null"/> before signing.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The terms.</returns>
    public static SignedTerms? Of(Order order) => order is { Contract: { } contract, Quotation: { } quotation } ? new(contract, quotation) : null;
}
