using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Who may issue which command (R19, R30, R34), sign which review (R5) and approve at which level (R8).</summary>
public interface IAuthorizationPolicy
{
    /// <summary>Checks whether the actor may issue a command.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="command">The command's kind, the roles its module allows by default and the rule a refusal cites (the kernel passes them).</param>
    /// <returns><see langword="null"/> when allowed; otherwise the violation explaining which roles are needed.</returns>
    Violation? Authorize(Actor actor, CommandPermission command);

    /// <summary>Tells whether the actor may sign the review of a department (R5).</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="department">The department.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    bool CanSignReview(Actor actor, Department department);

    /// <summary>Tells whether the actor may approve at a level (R8).</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="level">The approval level.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    bool CanApprove(Actor actor, ApprovalLevel level);
}

/// <summary>Options of the role-based authorization policy; the defaults follow the seeds.</summary>
public sealed record AuthorizationPolicyOptions
{
    /// <summary>
    /// Gets the roles allowed to issue a command kind, replacing the roles its module declares
    /// (<see cref="CommandPermission.DeclaredRoles"/>, listed by <see cref="OrderDecider.Permission"/>); a kind missing from
    /// the map keeps its declared roles, a kind mapped to an empty list is allowed to nobody. Empty by default.
    /// </summary>
    public ImmutableDictionary<CommandKind, ValueList<Role>> AllowedRoles { get; init; } = ImmutableDictionary<CommandKind, ValueList<Role>>.Empty;

    /// <summary>Gets the role that signs each department's review (R5).</summary>
    public ImmutableDictionary<Department, Role> ReviewSigners { get; init; } = ImmutableDictionary.CreateRange(new KeyValuePair<Department, Role>[]
    {
        new(Department.Sales, Role.SalesManager),
        new(Department.Production, Role.ProductionManager),
        new(Department.Technical, Role.TechnicalManager),
        new(Department.Procurement, Role.ProcurementManager),
        new(Department.Quality, Role.QualityManager),
        new(Department.Finance, Role.FinanceManager),
    });

    /// <summary>Gets the role that approves at each level (R8).</summary>
    public ImmutableDictionary<ApprovalLevel, Role> Approvers { get; init; } = ImmutableDictionary.CreateRange(new KeyValuePair<ApprovalLevel, Role>[]
    {
        new(ApprovalLevel.DepartmentHead, Role.DepartmentHead),
        new(ApprovalLevel.GeneralManager, Role.GeneralManager),
        new(ApprovalLevel.Chairman, Role.Chairman),
    });
}

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

/// <summary>
/// What the kernel tells the authorization policy about a command: its kind, the roles its module allows by default
/// and the rule a refusal for a missing role cites (R34 unless the module names another).
/// </summary>
/// <param name="Kind">The command kind.</param>
/// <param name="DeclaredRoles">The roles the command's module allows by default.</param>
/// <param name="Rule">The rule a refusal cites.</param>
public sealed record CommandPermission(CommandKind Kind, ValueList<Role> DeclaredRoles, string Rule);
