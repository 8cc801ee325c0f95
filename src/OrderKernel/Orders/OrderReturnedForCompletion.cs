namespace OrderKernel;

/// <summary>The order was sent back to the customer for completion (R3).</summary>
/// <param name="Reason">Why.</param>
/// <param name="MissingItems">What is missing.</param>
public sealed record OrderReturnedForCompletion(string Reason, ValueList<string> MissingItems) : OrderEvent;
