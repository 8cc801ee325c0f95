namespace OrderKernel;

/// <summary>A delay penalty was assessed, with its full calculation.</summary>
/// <param name="Assessment">The assessment.</param>
public sealed record DelayPenaltyAssessed(DelayAssessment Assessment) : OrderEvent;
