namespace OrderKernel;

/// <summary>Assess a change: compute its preview and the approvals it needs, without applying it.</summary>
/// <param name="ChangeId">The change.</param>
public sealed record AssessChangeRequest(string ChangeId) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.AssessChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId);
}
