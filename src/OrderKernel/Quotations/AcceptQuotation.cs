namespace OrderKernel;

/// <summary>The customer accepts the current, approved and unexpired revision.</summary>
public sealed record AcceptQuotation : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.AcceptQuotation;
}
