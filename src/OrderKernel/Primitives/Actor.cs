using System;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>Who issues a command: an identity, a display name and the roles the host granted.</summary>
public sealed class Actor : IEquatable<Actor>
{
    // The well-known roles this actor has, one bit each (Role.Bit): the question "has this actor the role?" asked for
    // every command a screen shows is one bit test; a host's own roles are compared by name.
    private readonly ulong _knownRoles;

    private Actor(ActorId id, string name, ValueList<Role> roles)
    {
        Id = id;
        Name = name;
        Roles = roles;
        foreach (var role in roles)
        {
            _knownRoles |= role.Bit;
        }
    }

    /// <summary>Gets the actor's identity.</summary>
    public ActorId Id { get; }

    /// <summary>Gets the actor's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the roles the host granted to the actor.</summary>
    public ValueList<Role> Roles { get; }

    /// <summary>Creates an actor.</summary>
    /// <param name="id">The identity, e.g. <c>u-1042</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="roles">The roles.</param>
    /// <returns>The actor.</returns>
    public static Actor Create(string id, string name, params ReadOnlySpan<Role> roles)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.LengthOutOfRange(name, 1, KernelLimits.MaxKeyLength);
        if (!Text.IsWellFormed(name))
        {
            throw new System.ArgumentException("The actor's name is not valid Unicode text (it holds a lone surrogate).", nameof(name));
        }

        foreach (var role in roles)
        {
            Guard.Against.Null(role, nameof(roles));
        }

        return new Actor(ActorId.From(id), name, ValueList<Role>.Of(roles));
    }

    /// <summary>Tells whether the actor holds a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when held.</returns>
    public bool HasRole(Role role) => Guard.Against.Null(role).Bit != 0 ? (_knownRoles & role.Bit) != 0 : Roles.Contains(role);

    /// <inheritdoc />
    public bool Equals(Actor? other) => other is not null && Id.Equals(other.Id) && Name == other.Name && Roles.Equals(other.Roles);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Roles);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}
