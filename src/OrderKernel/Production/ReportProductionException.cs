using NodaTime;

namespace OrderKernel;

/// <summary>Report a production exception (R25).</summary>
/// <param name="Description">What happened.</param>
/// <param name="ExpectedDelay">The expected delay; not negative.</param>
public sealed record ReportProductionException(string Description, Duration ExpectedDelay) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReportProductionException;

    internal override void CheckInput(InputCheck c) => c.Text("description", Description).Duration("expectedDelay", ExpectedDelay);
}
