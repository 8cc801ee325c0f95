namespace OrderKernel;

/// <summary>Complete a delivered order (R42).</summary>
public sealed record CompleteOrder : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CompleteOrder;
}

/// <summary>Close and archive the order (R16, R43): a completed order only when fully paid.</summary>
public sealed record CloseOrder : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CloseOrder;
}

/// <summary>The order is complete (R42).</summary>
public sealed record OrderCompleted : OrderEvent;

/// <summary>The order was closed and archived.</summary>
public sealed record OrderClosed : OrderEvent;
