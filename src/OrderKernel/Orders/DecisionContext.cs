using Ardalis.GuardClauses;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>
/// What a decision may not fetch itself: the current instant, the acting actor and the host's policies.
/// The kernel never reads a clock; the host passes its clock's value here.
/// </summary>
public sealed class DecisionContext
{
    private DecisionContext(Instant now, Actor actor, OrderPolicies policies)
    {
        Now = now;
        Actor = actor;
        Policies = policies;
    }

    /// <summary>Gets the decision's instant.</summary>
    public Instant Now { get; }

    /// <summary>Gets the actor issuing the command.</summary>
    public Actor Actor { get; }

    /// <summary>Gets the host's policies.</summary>
    public OrderPolicies Policies { get; }

    /// <summary>Creates a decision context.</summary>
    /// <param name="now">The current instant, from the host's clock.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="policies">The policies; <see cref="OrderPolicies.Default"/> when omitted.</param>
    /// <returns>The context.</returns>
    public static DecisionContext Create(Instant now, Actor actor, OrderPolicies? policies = null)
    {
        Guard.Against.Null(actor);
        return new DecisionContext(now, actor, (policies ?? OrderPolicies.Default).Validated());
    }
}
