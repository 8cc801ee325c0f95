namespace OrderKernel;

/// <summary>A refund was recorded.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Reference">The reference.</param>
/// <param name="Reason">Why.</param>
public sealed record RefundRecorded(Money Amount, string Reference, string Reason) : OrderEvent;
