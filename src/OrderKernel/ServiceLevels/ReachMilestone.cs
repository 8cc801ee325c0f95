namespace OrderKernel;

/// <summary>A host milestone was reached, e.g. substrate and auxiliary materials ready (R26); the instant is the decision's.</summary>
/// <param name="Milestone">A host milestone declared in the service-level policy.</param>
/// <param name="Note">A note.</param>
public sealed record ReachMilestone(MilestoneName Milestone, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReachMilestone;

    internal override void CheckInput(InputCheck c) => c.Present("milestone", Milestone).OptionalText("note", Note);
}
