namespace OrderKernel;

/// <summary>Progress was reported (R24).</summary>
/// <param name="Complete">The share complete.</param>
/// <param name="Note">The note.</param>
public sealed record ProgressReported(Percentage Complete, string Note) : OrderEvent;
