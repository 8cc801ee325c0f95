namespace OrderKernel;

/// <summary>A change request was submitted.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Proposal">What changes.</param>
/// <param name="Reason">Why.</param>
public sealed record ChangeRequestSubmitted(string ChangeId, ChangeProposal Proposal, string Reason) : OrderEvent;
