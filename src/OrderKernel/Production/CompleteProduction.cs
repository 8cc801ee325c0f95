namespace OrderKernel;

/// <summary>Production is complete; the goods await final inspection.</summary>
public sealed record CompleteProduction : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CompleteProduction;
}
