namespace OrderKernel;

/// <summary>The order is complete (R42).</summary>
public sealed record OrderCompleted : OrderEvent;
