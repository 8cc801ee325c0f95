namespace OrderKernel;

/// <summary>A change was withdrawn.</summary>
/// <param name="ChangeId">The change.</param>
public sealed record ChangeRequestWithdrawn(string ChangeId) : OrderEvent;
