namespace OrderKernel;

/// <summary>A change was approved in a role.</summary>
/// <param name="ChangeId">The change.</param>
/// <param name="Role">The role.</param>
/// <param name="Comments">The comments.</param>
public sealed record ChangeRequestApproved(string ChangeId, Role Role, string Comments) : OrderEvent;
