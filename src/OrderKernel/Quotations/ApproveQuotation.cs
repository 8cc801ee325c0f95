namespace OrderKernel;

/// <summary>Approve the current revision at the next required level (R8).</summary>
/// <param name="Level">The level the actor approves at.</param>
/// <param name="Comments">The comments.</param>
public sealed record ApproveQuotation(ApprovalLevel Level, string Comments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApproveQuotation;

    internal override void CheckInput(InputCheck c) => c.Defined("level", Level).OptionalText("comments", Comments);
}
