namespace OrderKernel.Policies;

/// <summary>Maps an amount, an order's importance and the discount granted to the approval levels required (R8).</summary>
public interface IApprovalPolicy
{
    /// <summary>Decides the approval levels for a request.</summary>
    /// <param name="request">The amount, priority and largest discount.</param>
    /// <returns>The requirement with its explanation.</returns>
    ApprovalRequirement Require(in ApprovalRequest request);

    /// <summary>Explains, for people, which thresholds and inputs decide the levels <see cref="Require"/> returns.</summary>
    /// <param name="request">The amount, priority and largest discount.</param>
    /// <returns>The explanation, naming the rule (R8).</returns>
    string Explain(in ApprovalRequest request);

    /// <summary>Tells whether the policy has limits for amounts in <paramref name="currency"/>.</summary>
    /// <param name="currency">The order's currency.</param>
    /// <returns>
    /// <see langword="true"/> when <see cref="Require"/> can decide amounts in the currency; when <see langword="false"/>,
    /// preparing a quotation is refused with <c>approval.limit-missing</c> (R8) instead of comparing across currencies.
    /// The default implementation returns <see langword="true"/>.
    /// </returns>
    bool HasLimitsFor(Currency currency) => true;
}
