namespace OrderKernel;

/// <summary>A host-tracked step was done.</summary>
/// <param name="Step">The step.</param>
/// <param name="Note">The note.</param>
public sealed record StepCompleted(TrackedStep Step, string Note) : OrderEvent;
