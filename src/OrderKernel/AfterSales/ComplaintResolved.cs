namespace OrderKernel;

/// <summary>A complaint was resolved; a replacement also opens its exchange (R45).</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Resolution">The resolution.</param>
public sealed record ComplaintResolved(string ComplaintId, ComplaintResolution Resolution) : OrderEvent;
