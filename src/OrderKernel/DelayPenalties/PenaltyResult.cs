namespace OrderKernel.Policies;

/// <summary>The result of a penalty policy: the amount, the points, and whether the cap was reached.</summary>
/// <remarks>
/// A value type, so that assessing allocates nothing; the line-by-line calculation comes from
/// <see cref="IDelayPenaltyPolicy.Explain"/> when it is wanted (the kernel records it in every <see cref="DelayAssessment"/>).
/// </remarks>
/// <param name="Amount">The penalty, rounded as the policy says (exact while only partial policies have run).</param>
/// <param name="Points">Assessment points per responsible party (R39).</param>
/// <param name="CapReached">Whether the cap limited the amount.</param>
/// <param name="TerminationThresholdReached">Whether the cap is reached, the signal FIDIC-style contracts use for termination rights.</param>
public readonly record struct PenaltyResult(decimal Amount, decimal Points, bool CapReached, bool TerminationThresholdReached);
