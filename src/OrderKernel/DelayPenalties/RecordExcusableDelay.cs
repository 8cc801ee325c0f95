using NodaTime;

namespace OrderKernel;

/// <summary>Record an excusable delay: customer-caused, force majeure, or an approved change's extension of time.</summary>
/// <param name="Cause">The cause.</param>
/// <param name="From">The first excused day.</param>
/// <param name="To">The last excused day; not before <paramref name="From"/>.</param>
/// <param name="Reason">The reason.</param>
public sealed record RecordExcusableDelay(ExcusableCause Cause, LocalDate From, LocalDate To, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordExcusableDelay;

    internal override void CheckInput(InputCheck c) => c.Defined("cause", Cause).Date("from", From).Date("to", To).Text("reason", Reason);
}
