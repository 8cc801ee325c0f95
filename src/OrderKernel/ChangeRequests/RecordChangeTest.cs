namespace OrderKernel;

/// <summary>The technical department records its test of a hardware or software change (R35).</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Passed">Whether the test passed.</param>
/// <param name="Notes">The notes.</param>
public sealed record RecordChangeTest(string ChangeId, bool Passed, string Notes) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordChangeTest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId).OptionalText("notes", Notes);
}
