namespace OrderKernel.Policies;

/// <summary>Routes a change to the approvals, tests and confirmations it needs, by stage and kind (R33–R35).</summary>
public interface IChangeImpactPolicy
{
    /// <summary>Routes a change.</summary>
    /// <param name="order">The order, as the policy sees it (<see cref="ChangeRoutingInput.Of(Order)"/>).</param>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The routing with its explanation.</returns>
    ChangeRouting Route(ChangeRoutingInput order, ChangeProposal proposal);
}
