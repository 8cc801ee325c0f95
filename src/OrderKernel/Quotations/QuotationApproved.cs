namespace OrderKernel;

/// <summary>One level approved the revision with the given fingerprint.</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Level">The level.</param>
/// <param name="Fingerprint">The fingerprint approved.</param>
/// <param name="Comments">The comments.</param>
public sealed record QuotationApproved(int Revision, ApprovalLevel Level, string Fingerprint, string Comments) : OrderEvent;
