namespace OrderKernel.Policies;

/// <summary>Weighs customer standing, product type, quantity, lead time and estimated amount to decide acceptance (R9).</summary>
public interface IAcceptancePolicy
{
    /// <summary>Assesses an order.</summary>
    /// <param name="input">The order being quoted, as the policy sees it (<see cref="AcceptanceInput.Of(Order)"/>).</param>
    /// <returns>The decision with its explanation.</returns>
    AcceptanceDecision Assess(AcceptanceInput input);
}
