namespace OrderKernel;

/// <summary>The order was closed and archived.</summary>
public sealed record OrderClosed : OrderEvent;
