using System.Globalization;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

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
