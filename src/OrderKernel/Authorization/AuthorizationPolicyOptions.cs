using System.Collections.Generic;
using System.Collections.Immutable;

namespace OrderKernel.Policies;

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
