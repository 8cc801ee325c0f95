namespace OrderKernel.Policies;

/// <summary>What an approval decision is based on: the amount, the order's importance and the largest discount granted.</summary>
/// <remarks>A <see langword="readonly"/> struct so that evaluating a policy allocates nothing for its arguments.</remarks>
public readonly struct ApprovalRequest
{
    /// <summary>Creates an approval request.</summary>
    /// <param name="amount">The amount to approve (the quotation total).</param>
    /// <param name="priority">The order's priority (importance, R4).</param>
    /// <param name="largestDiscount">The largest line discount granted.</param>
    public ApprovalRequest(Money amount, Priority priority, Percentage largestDiscount)
    {
        Amount = amount;
        Priority = priority;
        LargestDiscount = largestDiscount;
    }

    /// <summary>Gets the amount to approve.</summary>
    public Money Amount { get; }

    /// <summary>Gets the order's priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the largest line discount granted.</summary>
    public Percentage LargestDiscount { get; }
}
