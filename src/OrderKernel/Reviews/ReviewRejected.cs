namespace OrderKernel;

/// <summary>A department rejected: the review round is rejected with its reasons.</summary>
/// <param name="Round">The round.</param>
/// <param name="Reasons">The reasons.</param>
public sealed record ReviewRejected(int Round, ValueList<string> Reasons) : OrderEvent;
