namespace OrderKernel;

/// <summary>A hardware or software change was tested (R35).</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Notes">The notes.</param>
public sealed record ChangeTested(string ChangeId, bool Passed, string Notes) : OrderEvent;
