using NodaTime;

namespace OrderKernel;

/// <summary>An approval of a change.</summary>
/// <param name="Role">The role approving.</param>
/// <param name="ApprovedBy">Who.</param>
/// <param name="At">When.</param>
/// <param name="Comments">The comments.</param>
public sealed record ChangeApproval(Role Role, ActorId ApprovedBy, Instant At, string Comments);
