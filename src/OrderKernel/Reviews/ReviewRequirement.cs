namespace OrderKernel.Policies;

/// <summary>Which departments must review an order, per stage, and why (R5–R6, R10).</summary>
/// <param name="InitialDepartments">The initial stage's departments (basics: customer, products, price).</param>
/// <param name="DetailDepartments">The detail stage's departments (delivery, payment terms, special requirements).</param>
/// <param name="Explanation">Which facts required which departments.</param>
public sealed record ReviewRequirement(ValueList<Department> InitialDepartments, ValueList<Department> DetailDepartments, string Explanation);
