namespace OrderKernel.Policies;

/// <summary>The criteria one department answers when it approves (R7).</summary>
/// <param name="Department">The department.</param>
/// <param name="Criteria">The criteria it must answer with a finding each.</param>
public sealed record DepartmentCriteria(Department Department, ValueList<ReviewCriterion> Criteria);
