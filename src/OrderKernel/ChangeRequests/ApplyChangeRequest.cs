namespace OrderKernel;

/// <summary>Apply an approved change: a new order revision and a permanent change record (R33, R37).</summary>
/// <param name="ChangeId">The change.</param>
public sealed record ApplyChangeRequest(string ChangeId) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApplyChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId);
}
