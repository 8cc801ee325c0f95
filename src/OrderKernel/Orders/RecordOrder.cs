namespace OrderKernel;

/// <summary>Record a complete order and assign its number from the host's sequence (R2).</summary>
/// <param name="Sequence">The next value of the host's order sequence; positive.</param>
public sealed record RecordOrder(long Sequence) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordOrder;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence);
}
