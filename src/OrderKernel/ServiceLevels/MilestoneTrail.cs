using System;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// The milestones an order reached, kept newest first as an immutable chain whose nodes every later state shares:
/// reaching a milestone allocates one node and copies nothing, whichever state it is decided from.
/// </summary>
/// <remarks>
/// <para>
/// <see langword="null"/> is the empty trail. <see cref="Order.Milestones"/> reads the trail as a
/// <see cref="ValueList{T}"/> in the order reached (<see cref="ToList"/>). The kernel's own readers (deadlines,
/// breaches) walk the chain.
/// </para>
/// <para>
/// Equality is by content, as the list's: same count, and the same milestone at the same instant, node for node
/// (shared tails compare equal at once).
/// </para>
/// </remarks>
internal sealed class MilestoneTrail : IEquatable<MilestoneTrail>
{
    private MilestoneTrail(MilestoneTrail? previous, Milestone milestone, Instant at)
    {
        Previous = previous;
        Milestone = milestone;
        At = at;
        Count = (previous?.Count ?? 0) + 1;
    }

    /// <summary>Gets the milestones reached before this one (<see langword="null"/> for the first).</summary>
    public MilestoneTrail? Previous { get; }

    /// <summary>Gets the milestone reached last.</summary>
    public Milestone Milestone { get; }

    /// <summary>Gets when it was reached.</summary>
    public Instant At { get; }

    /// <summary>Gets the number of milestones reached, this one included.</summary>
    public int Count { get; }

    /// <summary>The trail with one more milestone reached.</summary>
    /// <param name="trail">The trail so far; <see langword="null"/> when empty.</param>
    /// <param name="milestone">The milestone.</param>
    /// <param name="at">When it was reached.</param>
    /// <returns>The longer trail; <paramref name="trail"/> is unchanged.</returns>
    public static MilestoneTrail Append(MilestoneTrail? trail, Milestone milestone, Instant at) => new(trail, milestone, at);

    /// <summary>The trail of a list (as a snapshot reads it).</summary>
    /// <param name="list">The milestones, in the order reached.</param>
    /// <returns>The trail; <see langword="null"/> for the empty list.</returns>
    public static MilestoneTrail? From(ValueList<MilestoneReached> list)
    {
        MilestoneTrail? trail = null;
        foreach (var m in list)
        {
            trail = new(trail, m.Milestone, m.At);
        }

        return trail;
    }

    /// <summary>The milestones in the order reached.</summary>
    /// <param name="trail">The trail; <see langword="null"/> when empty.</param>
    /// <returns>The list.</returns>
    public static ValueList<MilestoneReached> ToList(MilestoneTrail? trail)
    {
        var items = new MilestoneReached[trail?.Count ?? 0];
        for (var n = trail; n is not null; n = n.Previous)
        {
            items[n.Count - 1] = new MilestoneReached(n.Milestone, n.At);
        }

        return ValueList<MilestoneReached>.Own(items);
    }

    /// <inheritdoc />
    public bool Equals(MilestoneTrail? other)
    {
        var a = this;
        var b = other;
        while (!ReferenceEquals(a, b))
        {
            if (a is null || b is null || a.Count != b.Count || a.Milestone != b.Milestone || a.At != b.At)
            {
                return false;
            }

            a = a.Previous;
            b = b.Previous;
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MilestoneTrail other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var n = this; n is not null; n = n.Previous)
        {
            hash.Add(n.Milestone);
            hash.Add(n.At);
        }

        return hash.ToHashCode();
    }
}
