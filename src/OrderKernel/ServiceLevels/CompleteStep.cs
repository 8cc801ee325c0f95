namespace OrderKernel;

/// <summary>A host-tracked step was reported done: the plan approved, the goods packed, the customer informed (R38).</summary>
/// <param name="Step">The step.</param>
/// <param name="Note">A note.</param>
public sealed record CompleteStep(TrackedStep Step, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CompleteStep;

    internal override void CheckInput(InputCheck c) => c.Defined("step", Step).OptionalText("note", Note);
}
