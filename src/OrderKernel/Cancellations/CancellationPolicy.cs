using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

/// <summary>The cancellation policy's decision.</summary>
/// <param name="Refusal">Why cancellation is refused at this stage, or <see langword="null"/> when allowed.</param>
/// <param name="Charge">The charge, when allowed.</param>
/// <param name="Explanation">How it was decided.</param>
public sealed record CancellationAssessment(Violation? Refusal, Money Charge, string Explanation);

/// <summary>What the cancellation policy reads of the order being cancelled (R36): its stage and its contract.</summary>
/// <param name="Status">The order's status.</param>
/// <param name="Contract">The signed contract, or <see langword="null"/> before signing.</param>
/// <param name="ProductionStarted">Whether the order was released to production.</param>
/// <param name="Currency">The order's currency.</param>
public sealed record CancellationInput(OrderStatus Status, Contract? Contract, bool ProductionStarted, Currency Currency)
{
    /// <summary>The cancellation policy's view of an order.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The input.</returns>
    public static CancellationInput Of(Order order)
    {
        Guard.Against.Null(order);
        return new(order.Status, order.Contract, order.Production is not null, order.Currency);
    }
}

/// <summary>Decides by stage whether cancellation is allowed and what it costs (R36).</summary>
public interface ICancellationPolicy
{
    /// <summary>Assesses cancelling an order now.</summary>
    /// <param name="input">The order, as the policy sees it (<see cref="CancellationInput.Of(Order)"/>).</param>
    /// <param name="costsIncurred">The costs incurred, in the order's currency.</param>
    /// <returns>The assessment.</returns>
    CancellationAssessment Assess(CancellationInput input, Money costsIncurred);
}

/// <summary>Options of the default cancellation policy.</summary>
public sealed record CancellationPolicyOptions
{
    /// <summary>Gets a value indicating whether incurred costs are charged once the contract is in force (R15); default <see langword="true"/>.</summary>
    public bool ChargeCostsAfterContract { get; init; } = true;

    /// <summary>Gets a value indicating whether the deposit is forfeited once production has started; default <see langword="true"/>.</summary>
    public bool ForfeitDepositOnceProductionStarted { get; init; } = true;

    /// <summary>Gets a value indicating whether an order released for shipment may still be cancelled; default <see langword="false"/>.</summary>
    public bool AllowAfterShipmentRelease { get; init; }
}

/// <summary>Creates cancellation policies.</summary>
public static class CancellationPolicy
{
    /// <summary>Gets the default policy: free before the contract; incurred costs after it; the deposit forfeited once production started.</summary>
    public static ICancellationPolicy Default { get; } = Create(new CancellationPolicyOptions());

    /// <summary>Creates the default cancellation policy over options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static ICancellationPolicy Create(CancellationPolicyOptions options) => new DefaultCancellationPolicy(Guard.Against.Null(options));

    private sealed class DefaultCancellationPolicy(CancellationPolicyOptions options) : ICancellationPolicy
    {
        public CancellationAssessment Assess(CancellationInput input, Money costsIncurred)
        {
            Guard.Against.Null(input);
            var zero = Money.Zero(input.Currency);
            if (input.Contract is not { IsInForce: true } contract)
            {
                return new CancellationAssessment(null, zero, "Cancelled before the contract came into force: free of charge (R15, R36).");
            }

            if (input.Status == OrderStatus.ReleasedForShipment && !options.AllowAfterShipmentRelease)
            {
                return new CancellationAssessment(
                    Violation.Of(ViolationCodes.CancellationNotAllowed, "The goods are released for shipment; the cancellation policy no longer allows cancelling.", "R36"),
                    zero,
                    "Refused after the shipment release.");
            }

            var charge = options.ChargeCostsAfterContract ? costsIncurred : zero;
            var why = string.Create(CultureInfo.InvariantCulture, $"after contract {contract.Number}: incurred costs {charge}");
            var started = input.ProductionStarted;
            if (started && options.ForfeitDepositOnceProductionStarted && contract.Deposit > charge)
            {
                charge = contract.Deposit;
                why = string.Create(CultureInfo.InvariantCulture, $"production had started: the deposit {contract.Deposit} is forfeited (more than incurred costs {costsIncurred})");
            }

            if (charge > contract.Amount)
            {
                charge = contract.Amount;
                why += string.Create(CultureInfo.InvariantCulture, $", capped at the contract amount {contract.Amount}");
            }

            return new CancellationAssessment(null, charge, "Cancelled " + why + " (R36).");
        }
    }
}
