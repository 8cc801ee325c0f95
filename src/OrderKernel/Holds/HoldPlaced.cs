namespace OrderKernel;

/// <summary>A hold was placed.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
public sealed record HoldPlaced(HoldCode Code, string Reason) : OrderEvent;
