namespace OrderKernel;

/// <summary>A complaint was registered, with its warranty standing (R45).</summary>
/// <param name="Complaint">The complaint.</param>
public sealed record ComplaintRegistered(Complaint Complaint) : OrderEvent;
