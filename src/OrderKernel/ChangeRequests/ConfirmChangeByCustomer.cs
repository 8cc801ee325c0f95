namespace OrderKernel;

/// <summary>The customer confirms a tested change before production continues (R35).</summary>
/// <param name="ChangeId">The change.</param>
public sealed record ConfirmChangeByCustomer(string ChangeId) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ConfirmChangeByCustomer;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId);
}
