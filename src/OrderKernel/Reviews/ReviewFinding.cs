namespace OrderKernel;

/// <summary>One criterion checked by a department (R7): satisfied or not, with a note and, if not, the mitigation.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Satisfied">Whether it is satisfied.</param>
/// <param name="Note">What was found.</param>
/// <param name="Mitigation">The mitigation of an unsatisfied criterion, required to approve despite it.</param>
public sealed record ReviewFinding(ReviewCriterion Criterion, bool Satisfied, string Note, string? Mitigation = null);
