namespace OrderKernel;

/// <summary>A return or exchange was recorded, with its credit note amount (R45).</summary>
/// <param name="Return">The return.</param>
public sealed record ReturnRecorded(ReturnRecord Return) : OrderEvent;
