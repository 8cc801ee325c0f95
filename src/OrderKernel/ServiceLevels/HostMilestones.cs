using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// A milestone by name (R26): one of the kernel's standard milestones, spelled as <see cref="Milestone"/> is in JSON
/// (<c>ProductionReleased</c>), or one a host declares in its service-level policy (<c>materials-ready</c>,
/// <c>finishing-start</c>), reached by <see cref="ReachMilestone"/> and planned by <see cref="PlanMilestone"/>.
/// </summary>
/// <remarks>
/// A name is 1 to <see cref="KernelLimits.MaxKeyLength"/> characters: an ASCII letter, then ASCII letters, digits and
/// hyphens. <see cref="Of"/> refuses anything else (a JSON document carrying such a name does not read).
/// The standard milestones stay a closed enum the kernel's own events reach; this type only names them, so a host level
/// can be measured from them.
/// </remarks>
public sealed class MilestoneName : IEquatable<MilestoneName>
{
    private static readonly Milestone[] StandardValues = Enum.GetValues<Milestone>();
    private static readonly MilestoneName[] StandardNames = Array.ConvertAll(StandardValues, static m => new MilestoneName(m.ToString(), m));

    private MilestoneName(string name, Milestone? standard)
    {
        Name = name;
        Standard = standard;
    }

    /// <summary>Gets the name, e.g. <c>materials-ready</c> or <c>ProductionReleased</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the standard milestone this name is, or <see langword="null"/> for a host's own milestone.</summary>
    public Milestone? Standard { get; }

    /// <summary>Gets a milestone by name: a standard milestone's name returns its standard instance.</summary>
    /// <param name="name">The name: an ASCII letter, then ASCII letters, digits and hyphens, at most <see cref="KernelLimits.MaxKeyLength"/> characters.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">The name is empty, too long or has another character.</exception>
    public static MilestoneName Of(string name)
    {
        Guard.Against.NullOrEmpty(name);
        Guard.Against.LengthOutOfRange(name, 1, KernelLimits.MaxKeyLength);
        if (!char.IsAsciiLetter(name[0]))
        {
            throw new ArgumentException("A milestone name starts with an ASCII letter.", nameof(name));
        }

        foreach (var ch in name)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch != '-')
            {
                throw new ArgumentException("A milestone name holds only ASCII letters, digits and hyphens.", nameof(name));
            }
        }

        foreach (var known in StandardNames)
        {
            if (string.Equals(known.Name, name, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return new MilestoneName(name, null);
    }

    /// <summary>Gets the name of a standard milestone.</summary>
    /// <param name="milestone">The milestone.</param>
    /// <returns>Its name, spelled as in JSON.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="milestone"/> is not a defined milestone.</exception>
    public static MilestoneName For(Milestone milestone)
    {
        var i = Array.IndexOf(StandardValues, milestone);
        return i >= 0 ? StandardNames[i] : throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "Not a defined milestone.");
    }

    /// <summary>Tells whether a name is a standard milestone's, whatever its case (hosts may not declare those).</summary>
    internal static bool IsStandardName(string name)
    {
        foreach (var known in StandardNames)
        {
            if (string.Equals(known.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(MilestoneName? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MilestoneName);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}

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

/// <summary>Where a host milestone stands in an order: when it is planned, and when it was reached (R26).</summary>
/// <param name="Milestone">The host milestone.</param>
/// <param name="PlannedAt">When it is planned, or <see langword="null"/> when no plan was given.</param>
/// <param name="ReachedAt">When it was reached, or <see langword="null"/> while not reached.</param>
public sealed record HostMilestoneStatus(MilestoneName Milestone, Instant? PlannedAt, Instant? ReachedAt);

/// <summary>A host level's standing at an instant (R26), listed by <see cref="ServiceLevelMonitor.CheckHostLevels"/>.</summary>
/// <param name="Level">The level.</param>
/// <param name="AnchorAt">The anchor's instant (planned, else reached).</param>
/// <param name="DueAt">When the milestone is due.</param>
/// <param name="ReachedAt">When it was reached, or <see langword="null"/> while open.</param>
/// <param name="State">On time, late, overdue, at risk or running.</param>
/// <param name="Overdue">How late (in the level's basis); zero unless late or overdue.</param>
/// <param name="Remaining">How much time remains (in the level's basis); zero unless open and not overdue.</param>
public sealed record HostDeadlineCheck(HostServiceLevel Level, Instant AnchorAt, Instant DueAt, Instant? ReachedAt, DeadlineState State, Duration Overdue, Duration Remaining);

/// <summary>A host milestone was reached, e.g. substrate and auxiliary materials ready (R26); the instant is the decision's.</summary>
/// <param name="Milestone">A host milestone declared in the service-level policy.</param>
/// <param name="Note">A note.</param>
public sealed record ReachMilestone(MilestoneName Milestone, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReachMilestone;

    internal override void CheckInput(InputCheck c) => c.Present("milestone", Milestone).OptionalText("note", Note);
}

/// <summary>
/// A host milestone's planned instant, e.g. the finishing step's planned start from the production plan (R26, R34): a
/// level anchored on it is measured from the plan. A later plan replaces the earlier one.
/// </summary>
/// <param name="Milestone">A host milestone declared in the service-level policy.</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="Note">A note (the plan's reference).</param>
public sealed record PlanMilestone(MilestoneName Milestone, Instant PlannedAt, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.PlanMilestone;

    internal override void CheckInput(InputCheck c) => c.Present("milestone", Milestone).Instant("plannedAt", PlannedAt).OptionalText("note", Note);
}

/// <summary>A host milestone was reached (R26).</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Note">The note.</param>
public sealed record HostMilestoneReached(MilestoneName Milestone, string Note) : OrderEvent;

/// <summary>A host milestone was planned (R26).</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="Note">The note.</param>
public sealed record HostMilestonePlanned(MilestoneName Milestone, Instant PlannedAt, string Note) : OrderEvent;

/// <summary>A host milestone was reached after its level's deadline (R26, R40): hosts escalate from it like <see cref="ServiceLevelBreached"/>.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Anchor">The level's anchor.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="ReachedAt">When it was reached.</param>
/// <param name="Overdue">How late, in the level's basis.</param>
public sealed record HostServiceLevelBreached(MilestoneName Milestone, MilestoneName Anchor, Instant DueAt, Instant ReachedAt, Duration Overdue) : OrderEvent;

/// <summary>A host level's breach recorded in the order (R26).</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Anchor">The level's anchor.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="ReachedAt">When it was reached.</param>
/// <param name="Overdue">How late.</param>
public sealed record HostServiceLevelBreach(MilestoneName Milestone, MilestoneName Anchor, Instant DueAt, Instant ReachedAt, Duration Overdue);
