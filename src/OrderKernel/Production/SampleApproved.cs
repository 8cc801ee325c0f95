namespace OrderKernel;

/// <summary>The customer approved a sample (R14).</summary>
/// <param name="Comments">The comments.</param>
/// <param name="Round">The sample round.</param>
public sealed record SampleApproved(string Comments, int Round) : OrderEvent;
