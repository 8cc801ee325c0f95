namespace OrderKernel;

/// <summary>An accepted bank acceptance bill was registered (R18).</summary>
/// <param name="Bill">The bill, <see cref="BillStatus.Accepted"/>.</param>
public sealed record BankAcceptanceBillRegistered(BankAcceptanceBill Bill) : OrderEvent;
