namespace OrderKernel;

/// <summary>A document was attached to the order file (R46).</summary>
/// <param name="Document">The document.</param>
public sealed record DocumentAttached(OrderDocument Document) : OrderEvent;
