namespace OrderKernel;

/// <summary>One department's view of the period (R41, R47): the time-limited steps it owns and the review sign-offs it gave.</summary>
/// <param name="Department">The department.</param>
/// <param name="StepsCompleted">Its steps completed in the period.</param>
/// <param name="StepsLate">Of those, completed after their limit.</param>
/// <param name="OnTimeRate">The share on time; 100 % when none.</param>
/// <param name="ReviewsSigned">Review sign-offs it gave in the period (R5–R7).</param>
/// <param name="ReviewsRejected">Of those, rejections.</param>
public sealed record DepartmentSummary(Department Department, int StepsCompleted, int StepsLate, Percentage OnTimeRate, int ReviewsSigned, int ReviewsRejected);
