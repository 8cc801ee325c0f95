using NodaTime;

namespace OrderKernel;

/// <summary>Why a delay is excusable: it does not count against time limits or for delay penalties.</summary>
public enum ExcusableCause
{
    /// <summary>Caused by the customer (late approvals, late information, requested postponement).</summary>
    CustomerCaused,

    /// <summary>Force majeure.</summary>
    ForceMajeure,

    /// <summary>An approved change that extends the time (extension of time).</summary>
    ApprovedChange,
}

/// <summary>An excusable period, in calendar days of the contract's time zone (both dates included).</summary>
/// <param name="Cause">The cause.</param>
/// <param name="From">The first excused day.</param>
/// <param name="To">The last excused day.</param>
/// <param name="Reason">The reason.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When.</param>
public sealed record ExcusableDelay(ExcusableCause Cause, LocalDate From, LocalDate To, string Reason, ActorId RecordedBy, Instant RecordedAt);

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

/// <summary>An excusable delay was recorded.</summary>
/// <param name="Cause">The cause.</param>
/// <param name="From">The first excused day.</param>
/// <param name="To">The last excused day.</param>
/// <param name="Reason">The reason.</param>
public sealed record ExcusableDelayRecorded(ExcusableCause Cause, LocalDate From, LocalDate To, string Reason) : OrderEvent;
