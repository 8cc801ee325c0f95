namespace OrderKernel;

/// <summary>Close and archive the order (R16, R43): a completed order only when fully paid.</summary>
public sealed record CloseOrder : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CloseOrder;
}
