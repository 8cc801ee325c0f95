namespace OrderKernel;

/// <summary>The contract is stamped with the contract seal and returned to the customer by scan or fax (R15, the seed's step B).</summary>
public sealed record StampContract : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.StampContract;
}
