namespace OrderKernel;

/// <summary>The contract was stamped and returned to the customer for countersignature (R15).</summary>
/// <param name="Number">The contract number.</param>
public sealed record ContractStamped(string Number) : OrderEvent;
