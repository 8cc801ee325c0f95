namespace OrderKernel;

/// <summary>The customer countersigns and stamps the contract: it comes into force and the deposit is awaited (R15, the seed's step C).</summary>
public sealed record CountersignContract : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CountersignContract;
}
