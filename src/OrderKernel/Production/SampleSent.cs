namespace OrderKernel;

/// <summary>Sample units were sent (R14).</summary>
/// <param name="Round">The sample round.</param>
/// <param name="Units">The units sent.</param>
/// <param name="Note">What was sent.</param>
public sealed record SampleSent(int Round, int Units, string Note) : OrderEvent;
