using NodaTime;

namespace OrderKernel;

/// <summary>A permanent entry of the change record (R37): what, why, who requested and approved, when, old and new values.</summary>
/// <param name="Revision">The order revision the change created.</param>
/// <param name="ChangeId">The change request.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Reason">Why.</param>
/// <param name="RequestedBy">Who requested it.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="AppliedBy">Who applied it.</param>
/// <param name="AppliedAt">When.</param>
/// <param name="Diff">The old and new values.</param>
/// <param name="AmountChange">The change of the contract amount.</param>
public sealed record ChangeRecord(int Revision, string ChangeId, ChangeKind Kind, string Reason, ActorId RequestedBy, ValueList<ActorId> ApprovedBy, ActorId AppliedBy, Instant AppliedAt, ValueList<FieldDiff> Diff, Money AmountChange);
