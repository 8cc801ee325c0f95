using NodaTime;

namespace OrderKernel;

/// <summary>Assess the delay penalty as of a date; a later assessment supersedes an earlier one.</summary>
/// <param name="AsOf">The date to assess as of, not after today in the contract's time zone.</param>
/// <param name="ResponsibleParties">The responsible parties (manufacturers) for points (R39).</param>
public sealed record AssessDelayPenalty(LocalDate AsOf, ValueList<string> ResponsibleParties) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.AssessDelayPenalty;

    internal override void CheckInput(InputCheck c) => c.Date("asOf", AsOf).Texts("responsibleParties", ResponsibleParties, KernelLimits.MaxListItems, KernelLimits.MaxKeyLength);
}
