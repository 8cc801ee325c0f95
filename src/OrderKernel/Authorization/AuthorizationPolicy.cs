using System.Collections.Immutable;
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
        return new RoleBasedAuthorizationPolicy(options.AllowedRoles, options.ReviewSigners, options.Approvers);
    }

    private sealed class RoleBasedAuthorizationPolicy(
        ImmutableDictionary<CommandKind, ValueList<Role>> allowed,
        ImmutableDictionary<Department, Role> signers,
        ImmutableDictionary<ApprovalLevel, Role> approvers) : IAuthorizationPolicy
    {
        public Violation? Authorize(Actor actor, CommandPermission command)
        {
            Guard.Against.Null(actor);
            Guard.Against.Null(command);
            var roles = allowed.TryGetValue(command.Kind, out var replaced) ? replaced : command.DeclaredRoles;
            foreach (var role in roles)
            {
                if (actor.HasRole(role))
                {
                    return null;
                }
            }

            return Violation.Deferred(
                ViolationCodes.RoleNotAllowed,
                command.Rule,
                (actor.Name, command.Kind, roles),
                static s => $"{s.Name} may not {s.Kind}: {(s.roles.IsEmpty ? "no role is allowed" : "needs one of: " + string.Join(", ", s.roles))}.");
        }

        public bool CanSignReview(Actor actor, Department department) =>
            signers.TryGetValue(department, out var role) && actor.HasRole(role);

        public bool CanApprove(Actor actor, ApprovalLevel level) =>
            approvers.TryGetValue(level, out var role) && actor.HasRole(role);
    }
}
