namespace OrderKernel;

/// <summary>The customer rejects the sample awaiting a verdict (R14); a new round of samples can follow.</summary>
/// <param name="Comments">Why.</param>
public sealed record RejectSample(string Comments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RejectSample;

    internal override void CheckInput(InputCheck c) => c.Text("comments", Comments);
}
