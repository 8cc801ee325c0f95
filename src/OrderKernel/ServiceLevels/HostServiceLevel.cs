using NodaTime;

namespace OrderKernel;

/// <summary>
/// A host's service level (R26): its milestone is due <see cref="Offset"/> after the anchor (before it when negative),
/// e.g. <c>materials-ready</c> at least two days before the planned <c>finishing-start</c>:
/// <c>new HostServiceLevel(MilestoneName.Of("materials-ready"), MilestoneName.Of("finishing-start"), Duration.FromDays(-2), TimeBasis.Elapsed)</c>.
/// </summary>
/// <remarks>
/// The anchor's instant is its planned instant when one was given (<see cref="PlanMilestone"/>), otherwise the instant it
/// was reached (a standard milestone: the last time it was reached). A level is measured once its anchor has an instant.
/// A negative offset counts elapsed time (working time is only ever added forward).
/// </remarks>
/// <param name="Milestone">The host milestone that is due; declared in the same policy.</param>
/// <param name="Anchor">The milestone it is measured from: a standard one or a declared host one.</param>
/// <param name="Offset">The time from the anchor to the deadline; negative for a deadline before the anchor.</param>
/// <param name="Basis">Working or elapsed time; <see cref="TimeBasis.Elapsed"/> when <paramref name="Offset"/> is negative.</param>
public sealed record HostServiceLevel(MilestoneName Milestone, MilestoneName Anchor, Duration Offset, TimeBasis Basis);
