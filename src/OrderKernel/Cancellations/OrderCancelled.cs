namespace OrderKernel;

/// <summary>The order was cancelled (R36).</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Charge">The charge.</param>
/// <param name="Refund">The refund.</param>
/// <param name="Explanation">How the charge was decided.</param>
/// <param name="StatusBefore">The stage it was cancelled at.</param>
public sealed record OrderCancelled(string Reason, Money Charge, Money Refund, string Explanation, OrderStatus StatusBefore) : OrderEvent;
