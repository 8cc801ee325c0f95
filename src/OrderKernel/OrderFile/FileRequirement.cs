namespace OrderKernel;

/// <summary>A document the order file needs at its current stage, and why (R46).</summary>
/// <param name="Kind">The document's kind.</param>
/// <param name="Reason">Why it is needed: the milestone or the fact that requires it.</param>
public sealed record FileRequirement(DocumentKind Kind, string Reason);
