namespace OrderKernel;

/// <summary>The order was recorded and numbered (R2).</summary>
/// <param name="OrderNumber">The number.</param>
/// <param name="Sequence">The sequence value it came from.</param>
public sealed record OrderRecorded(string OrderNumber, long Sequence) : OrderEvent;
