namespace OrderKernel;

/// <summary>A change was rejected.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Reason">Why.</param>
public sealed record ChangeRequestRejected(string ChangeId, string Reason) : OrderEvent;
