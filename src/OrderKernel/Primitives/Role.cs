using System;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>
/// A role an actor holds, e.g. finance or sales vice-president. The host maps its users to roles;
/// the kernel's authorization policy maps roles to the commands they may issue.
/// </summary>
public sealed class Role : IEquatable<Role>
{
    private Role(string name, int known = -1)
    {
        Name = name;
        Bit = known < 0 ? 0UL : 1UL << known;
    }

    /// <summary>Gets the order-entry clerk, who records incoming orders (R2).</summary>
    public static Role OrderClerk { get; } = new("order-clerk", 0);

    /// <summary>Gets the sales representative (business department, R12).</summary>
    public static Role SalesRepresentative { get; } = new("sales-representative", 1);

    /// <summary>Gets the sales manager: head of the sales department, signs its review and the contract (R15).</summary>
    public static Role SalesManager { get; } = new("sales-manager", 2);

    /// <summary>Gets the sales vice-president, the only role that signs the shipment release (R30).</summary>
    public static Role SalesVicePresident { get; } = new("sales-vice-president", 3);

    /// <summary>Gets finance, the only role that confirms payments (R19).</summary>
    public static Role Finance { get; } = new("finance", 4);

    /// <summary>Gets the finance manager, who signs finance's review.</summary>
    public static Role FinanceManager { get; } = new("finance-manager", 5);

    /// <summary>Gets production (planning and execution), the only role that changes the production plan (R34).</summary>
    public static Role Production { get; } = new("production", 6);

    /// <summary>Gets the production manager, who signs production's review (R5).</summary>
    public static Role ProductionManager { get; } = new("production-manager", 7);

    /// <summary>Gets the technical manager, who signs the technical review (R5) and tests hardware and software changes (R35).</summary>
    public static Role TechnicalManager { get; } = new("technical-manager", 8);

    /// <summary>Gets the procurement manager, who signs procurement's review.</summary>
    public static Role ProcurementManager { get; } = new("procurement-manager", 9);

    /// <summary>Gets the quality inspector, who records final inspections (R27).</summary>
    public static Role QualityInspector { get; } = new("quality-inspector", 10);

    /// <summary>Gets the quality manager, who signs quality's review.</summary>
    public static Role QualityManager { get; } = new("quality-manager", 11);

    /// <summary>Gets the warehouse, which dispatches goods against a signed release (R30–R31).</summary>
    public static Role Warehouse { get; } = new("warehouse", 12);

    /// <summary>Gets a department head, the first approval level (R8).</summary>
    public static Role DepartmentHead { get; } = new("department-head", 13);

    /// <summary>Gets the general manager, the second approval level (R8).</summary>
    public static Role GeneralManager { get; } = new("general-manager", 14);

    /// <summary>Gets the chairman, the highest approval level (R8).</summary>
    public static Role Chairman { get; } = new("chairman", 15);

    /// <summary>Gets the customer (or a portal acting for the customer).</summary>
    public static Role Customer { get; } = new("customer", 16);

    /// <summary>Gets the role's name, e.g. <c>finance</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// This role's bit among the well-known roles, or 0 for a host's own role. <see cref="Of"/> returns the well-known
    /// instance for a well-known name, so a role with a bit is never equal to a role without one.
    /// </summary>
    internal ulong Bit { get; }

    /// <summary>Gets a role by name; well-known names return the well-known instances.</summary>
    /// <param name="name">The name, lower-case words joined by hyphens by convention.</param>
    /// <returns>The role.</returns>
    public static Role Of(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.LengthOutOfRange(name, 1, 64);
        foreach (var known in WellKnown)
        {
            if (string.Equals(known.Name, name, StringComparison.Ordinal))
            {
                return known;
            }
        }

        return new Role(name);
    }

    /// <summary>Gets the well-known roles the default policies use.</summary>
    public static ValueList<Role> WellKnown { get; } = ValueList<Role>.Of(
        OrderClerk, SalesRepresentative, SalesManager, SalesVicePresident, Finance, FinanceManager, Production,
        ProductionManager, TechnicalManager, ProcurementManager, QualityInspector, QualityManager, Warehouse,
        DepartmentHead, GeneralManager, Chairman, Customer);

    /// <inheritdoc />
    public bool Equals(Role? other) => ReferenceEquals(this, other) || (other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Role);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
