namespace OrderKernel.Policies;

/// <summary>Decides by stage whether cancellation is allowed and what it costs (R36).</summary>
public interface ICancellationPolicy
{
    /// <summary>Assesses cancelling an order now.</summary>
    /// <param name="input">The order, as the policy sees it (<see cref="CancellationInput.Of(Order)"/>).</param>
    /// <param name="costsIncurred">The costs incurred, in the order's currency.</param>
    /// <returns>The assessment.</returns>
    CancellationAssessment Assess(CancellationInput input, Money costsIncurred);
}
