namespace OrderKernel;

/// <summary>The customer declines the quotation; the order is lost.</summary>
/// <param name="Reason">The lost reason.</param>
public sealed record DeclineQuotation(string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.DeclineQuotation;

    internal override void CheckInput(InputCheck c) => c.Text("reason", Reason);
}
