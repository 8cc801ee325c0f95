namespace OrderKernel;

/// <summary>The deposit is covered (R17, R19); production may be prepared (R21).</summary>
/// <param name="Deposit">The deposit due.</param>
/// <param name="TotalPaid">The total paid so far.</param>
public sealed record DepositReceived(Money Deposit, Money TotalPaid) : OrderEvent;
