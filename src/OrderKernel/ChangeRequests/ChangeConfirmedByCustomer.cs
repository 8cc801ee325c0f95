namespace OrderKernel;

/// <summary>The customer confirmed a change (R35).</summary>
/// <param name="ChangeId">The change.</param>
public sealed record ChangeConfirmedByCustomer(string ChangeId) : OrderEvent;
