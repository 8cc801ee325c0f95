namespace OrderKernel;

/// <summary>Every department of the initial stage approved; the detail stage begins (R6).</summary>
/// <param name="Round">The round.</param>
public sealed record ReviewStageCompleted(int Round) : OrderEvent;
