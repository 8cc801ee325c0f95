namespace OrderKernel.Policies;

/// <summary>The cancellation policy's decision.</summary>
/// <param name="Refusal">Why cancellation is refused at this stage, or <see langword="null"/> when allowed.</param>
/// <param name="Charge">The charge, when allowed.</param>
/// <param name="Explanation">How it was decided.</param>
public sealed record CancellationAssessment(Violation? Refusal, Money Charge, string Explanation);
