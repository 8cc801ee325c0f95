using System;
using Ardalis.GuardClauses;

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
