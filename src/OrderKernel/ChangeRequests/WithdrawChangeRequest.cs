namespace OrderKernel;

/// <summary>Withdraw an open change.</summary>
/// <param name="ChangeId">The change.</param>
public sealed record WithdrawChangeRequest(string ChangeId) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.WithdrawChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId);
}
