namespace OrderKernel;

/// <summary>Reject a change.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Reason">Why.</param>
public sealed record RejectChangeRequest(string ChangeId, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RejectChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId).Text("reason", Reason);
}
