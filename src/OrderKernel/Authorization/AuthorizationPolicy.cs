using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Who may issue which command (R19, R30, R34), sign which review (R5) and approve at which level (R8).</summary>
public interface IAuthorizationPolicy
{
    /// <summary>Checks whether the actor may issue commands of a kind.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="kind">The command kind.</param>
    /// <returns><see langword="null"/> when allowed; otherwise the violation explaining which roles are needed.</returns>
    Violation? Authorize(Actor actor, CommandKind kind);

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
    /// <summary>Gets the roles allowed to issue each command kind. A kind missing from the map is allowed to nobody.</summary>
    public ImmutableDictionary<CommandKind, ValueList<Role>> AllowedRoles { get; init; } = DefaultAllowedRoles();

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

    // Each module declares its commands' default roles; the registry collects them.
    private static ImmutableDictionary<CommandKind, ValueList<Role>> DefaultAllowedRoles() => StandardModules.Registry.DefaultRoles;
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
        var kinds = System.Enum.GetValues<CommandKind>();
        var table = new ValueList<Role>[kinds.Length];
        foreach (var kind in kinds)
        {
            table[(int)kind] = options.AllowedRoles.TryGetValue(kind, out var roles) ? roles : default;
        }

        return new RoleBasedAuthorizationPolicy(table, options.ReviewSigners, options.Approvers);
    }

    internal static string RuleFor(CommandKind kind) => StandardModules.Registry.Command(kind).AuthorizationRule;

    private sealed class RoleBasedAuthorizationPolicy(
        ValueList<Role>[] allowed,
        ImmutableDictionary<Department, Role> signers,
        ImmutableDictionary<ApprovalLevel, Role> approvers) : IAuthorizationPolicy
    {
        public Violation? Authorize(Actor actor, CommandKind kind)
        {
            Guard.Against.Null(actor);
            var index = (int)kind;
            if (index < 0 || index >= allowed.Length)
            {
                return Violation.Of(ViolationCodes.InvalidInput, $"Unknown command kind {kind}.", "kernel");
            }

            foreach (var role in allowed[index])
            {
                if (actor.HasRole(role))
                {
                    return null;
                }
            }

            return Violation.Deferred(
                ViolationCodes.RoleNotAllowed,
                RuleFor(kind),
                (actor.Name, kind, allowed[index]),
                static s => $"{s.Name} may not {s.kind}: {(s.Item3.IsEmpty ? "no role is allowed" : "needs one of: " + string.Join(", ", s.Item3))}.");
        }

        public bool CanSignReview(Actor actor, Department department) =>
            signers.TryGetValue(department, out var role) && actor.HasRole(role);

        public bool CanApprove(Actor actor, ApprovalLevel level) =>
            approvers.TryGetValue(level, out var role) && actor.HasRole(role);
    }
}
