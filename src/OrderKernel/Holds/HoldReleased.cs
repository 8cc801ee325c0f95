namespace OrderKernel;

/// <summary>The hold was released.</summary>
/// <param name="Code">The code of the released hold.</param>
/// <param name="Note">The note.</param>
public sealed record HoldReleased(HoldCode Code, string Note) : OrderEvent;
