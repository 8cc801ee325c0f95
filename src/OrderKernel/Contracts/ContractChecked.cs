namespace OrderKernel;

/// <summary>The department head checked the contract (R15).</summary>
/// <param name="Number">The contract number.</param>
public sealed record ContractChecked(string Number) : OrderEvent;
