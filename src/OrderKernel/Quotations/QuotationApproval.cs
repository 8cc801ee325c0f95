using NodaTime;

namespace OrderKernel;

/// <summary>An approval given to one quotation revision, bound to the fingerprint of the content approved (R8).</summary>
/// <param name="Level">The level.</param>
/// <param name="ApprovedBy">Who approved.</param>
/// <param name="ApprovedAt">When.</param>
/// <param name="Fingerprint">The fingerprint of the approved content.</param>
/// <param name="Comments">The comments.</param>
public sealed record QuotationApproval(ApprovalLevel Level, ActorId ApprovedBy, Instant ApprovedAt, string Fingerprint, string Comments);
