namespace OrderKernel;

/// <summary>One level rejected the revision.</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Level">The level.</param>
/// <param name="Reason">Why.</param>
public sealed record QuotationApprovalRejected(int Revision, ApprovalLevel Level, string Reason) : OrderEvent;
