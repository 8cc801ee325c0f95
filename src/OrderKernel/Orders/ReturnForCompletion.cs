namespace OrderKernel;

/// <summary>Send an incomplete or invalid order back to the customer (R3).</summary>
/// <param name="Reason">Why.</param>
/// <param name="MissingItems">What the customer must supply.</param>
public sealed record ReturnForCompletion(string Reason, ValueList<string> MissingItems) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReturnForCompletion;

    internal override void CheckInput(InputCheck c) => c.Text("reason", Reason).Texts("missingItems", MissingItems);
}
