namespace OrderKernel;

/// <summary>Submit a change request with its reason (R33).</summary>
/// <param name="ChangeId">The host's id for the change, unique within the order.</param>
/// <param name="Proposal">What changes.</param>
/// <param name="Reason">Why.</param>
public sealed record SubmitChangeRequest(string ChangeId, ChangeProposal Proposal, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SubmitChangeRequest;

    internal override void CheckInput(InputCheck c) => c.Key("changeId", ChangeId).Proposal("proposal", Proposal).Text("reason", Reason);
}
