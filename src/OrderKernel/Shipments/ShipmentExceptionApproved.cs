namespace OrderKernel;

/// <summary>An exception to the release rule was approved (R17).</summary>
/// <param name="Reason">The reason.</param>
public sealed record ShipmentExceptionApproved(string Reason) : OrderEvent;
