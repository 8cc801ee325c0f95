namespace OrderKernel;

/// <summary>The department head checks the signed contract (R15, the seed's step A).</summary>
public sealed record CheckContract : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CheckContract;
}
