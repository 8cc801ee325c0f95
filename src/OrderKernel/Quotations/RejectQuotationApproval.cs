namespace OrderKernel;

/// <summary>Reject the current revision at the next required level (R8); one rejection rejects.</summary>
/// <param name="Level">The level.</param>
/// <param name="Reason">Why.</param>
public sealed record RejectQuotationApproval(ApprovalLevel Level, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RejectQuotationApproval;

    internal override void CheckInput(InputCheck c) => c.Defined("level", Level).Text("reason", Reason);
}
