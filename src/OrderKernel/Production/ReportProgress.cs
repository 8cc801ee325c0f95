namespace OrderKernel;

/// <summary>Report daily progress (R24).</summary>
/// <param name="Complete">The share complete, 0 % to 100 %.</param>
/// <param name="Note">The note.</param>
public sealed record ReportProgress(Percentage Complete, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReportProgress;

    internal override void CheckInput(InputCheck c) => c.Percentage("complete", Complete).OptionalText("note", Note);
}
