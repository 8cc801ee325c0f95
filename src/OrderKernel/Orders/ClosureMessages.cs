namespace OrderKernel;

/// <summary>Complete a delivered order (R42).</summary>
public sealed record CompleteOrder : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CompleteOrder;
}
