namespace OrderKernel;

/// <summary>The customer rejected a sample (R14).</summary>
/// <param name="Comments">The comments.</param>
/// <param name="Round">The sample round.</param>
public sealed record SampleRejected(string Comments, int Round) : OrderEvent;
