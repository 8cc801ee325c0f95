namespace OrderKernel;

/// <summary>
/// The contract came into force (R15): the customer countersigned it, or it was signed in one step. The order then awaits
/// the deposit, or is ready for production when the contract has none.
/// </summary>
/// <param name="Number">The contract number.</param>
public sealed record ContractInForce(string Number) : OrderEvent;
