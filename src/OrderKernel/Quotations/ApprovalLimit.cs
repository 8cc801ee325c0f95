namespace OrderKernel.Policies;

/// <summary>Approval limits for amounts in one currency.</summary>
/// <param name="Currency">The currency.</param>
/// <param name="DepartmentHeadUpTo">The amount up to which a department head suffices.</param>
/// <param name="GeneralManagerUpTo">The amount up to which the general manager suffices; above it the chairman approves too.</param>
public sealed record ApprovalLimit(Currency Currency, decimal DepartmentHeadUpTo, decimal GeneralManagerUpTo);
