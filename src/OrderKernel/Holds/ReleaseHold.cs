namespace OrderKernel;

/// <summary>Release the active hold.</summary>
/// <param name="Note">Why it can be released.</param>
public sealed record ReleaseHold(string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReleaseHold;

    internal override void CheckInput(InputCheck c) => c.OptionalText("note", Note);
}
