namespace OrderKernel;

/// <summary>A change was assessed: its preview.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Preview">The preview.</param>
public sealed record ChangeRequestAssessed(string ChangeId, ChangePreview Preview) : OrderEvent;
