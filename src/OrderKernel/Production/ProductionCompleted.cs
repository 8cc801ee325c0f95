namespace OrderKernel;

/// <summary>Production was completed.</summary>
public sealed record ProductionCompleted : OrderEvent;
