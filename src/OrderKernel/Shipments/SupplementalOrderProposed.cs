namespace OrderKernel;

/// <summary>A shortfall beyond tolerance was found when the order completed; a supplemental order is proposed (R32, R44).</summary>
/// <param name="Proposal">The proposal.</param>
public sealed record SupplementalOrderProposed(SupplementalOrderProposal Proposal) : OrderEvent;
