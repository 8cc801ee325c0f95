using NodaTime;

namespace OrderKernel;

/// <summary>
/// A host milestone's planned instant, e.g. the finishing step's planned start from the production plan (R26, R34): a
/// level anchored on it is measured from the plan. A later plan replaces the earlier one.
/// </summary>
/// <param name="Milestone">A host milestone declared in the service-level policy.</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="Note">A note (the plan's reference).</param>
public sealed record PlanMilestone(MilestoneName Milestone, Instant PlannedAt, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.PlanMilestone;

    internal override void CheckInput(InputCheck c) => c.Present("milestone", Milestone).Instant("plannedAt", PlannedAt).OptionalText("note", Note);
}
