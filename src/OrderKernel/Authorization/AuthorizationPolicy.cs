using System;
using System.Collections.Frozen;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Creates authorization policies.</summary>
public static class AuthorizationPolicy
{
    /// <summary>Gets the role-based policy with the seeds' defaults (see <see cref="AuthorizationPolicyOptions"/>).</summary>
    public static IAuthorizationPolicy Default { get; } = Create(new AuthorizationPolicyOptions());

    /// <summary>Validates options and creates the role-based policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IAuthorizationPolicy Create(AuthorizationPolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(options.AllowedRoles, nameof(options));
        Guard.Against.Null(options.ReviewSigners, nameof(options));
        Guard.Against.Null(options.Approvers, nameof(options));
        return new RoleBasedAuthorizationPolicy(options.AllowedRoles.ToFrozenDictionary(), options.ReviewSigners.ToFrozenDictionary(), options.Approvers.ToFrozenDictionary());
    }

    private sealed record KindRefusal(CommandPermission Permission, Violation Violation);

    private sealed class RoleBasedAuthorizationPolicy(
        FrozenDictionary<CommandKind, ValueList<Role>> allowed,
        FrozenDictionary<Department, Role> signers,
        FrozenDictionary<ApprovalLevel, Role> approvers) : IAuthorizationPolicy
    {
        // One refusal per command kind, built the first time it is given: it says the same to every actor (the actor is
        // the one who asked), so a screen asking about every command does not build a message per command and call.
        private readonly KindRefusal?[] _refusals = new KindRefusal?[Enum.GetValues<CommandKind>().Length];

        public Violation? Authorize(Actor actor, CommandPermission command)
        {
            Guard.Against.Null(actor);
            Guard.Against.Null(command);
            var roles = allowed.Count > 0 && allowed.TryGetValue(command.Kind, out var replaced) ? replaced : command.DeclaredRoles;
            foreach (var role in roles)
            {
                if (actor.HasRole(role))
                {
                    return null;
                }
            }

            return Refusal(command, roles);
        }

        // The refusal of a command kind: the same for every actor, so built once per kind and permission.
        private Violation Refusal(CommandPermission command, ValueList<Role> roles)
        {
            var slot = (uint)command.Kind < (uint)_refusals.Length ? (int)command.Kind : -1;
            if (slot >= 0 && _refusals[slot] is { } cached && (ReferenceEquals(cached.Permission, command) || cached.Permission.Equals(command)))
            {
                return cached.Violation;
            }

            var refusal = new KindRefusal(command, Violation.Of(
                ViolationCodes.RoleNotAllowed,
                roles.IsEmpty ? $"No role may {command.Kind}." : $"{command.Kind} needs one of: {string.Join(", ", roles)}.",
                command.Rule));
            if (slot >= 0)
            {
                _refusals[slot] = refusal;
            }

            return refusal.Violation;
        }

        public bool CanSignReview(Actor actor, Department department) =>
            signers.TryGetValue(department, out var role) && actor.HasRole(role);

        public bool CanApprove(Actor actor, ApprovalLevel level) =>
            approvers.TryGetValue(level, out var role) && actor.HasRole(role);
    }
}
