namespace OrderKernel;

/// <summary>Approve a change in one of the roles its routing requires (R33–R34).</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Comments">The comments.</param>
public sealed record ApproveChangeRequest(string ChangeId, string Comments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApproveChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId).OptionalText("comments", Comments);
}
