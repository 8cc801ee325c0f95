namespace OrderKernel;

/// <summary>The customer approves the sample awaiting a verdict (R14).</summary>
/// <param name="Comments">The customer's comments.</param>
public sealed record ApproveSample(string Comments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApproveSample;

    internal override void CheckInput(InputCheck c) => c.OptionalText("comments", Comments);
}
