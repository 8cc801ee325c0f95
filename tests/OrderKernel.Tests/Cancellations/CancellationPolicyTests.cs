using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Cancellations;

/// <summary>The default cancellation policy's charge and its explanation (R36).</summary>
public class CancellationPolicyTests
{
    [Fact]
    public void CancellationPolicy_WithoutChargingCosts_AndAChargeExactlyTheContractAmount_R36()
    {
        var s = TvOrder.Through(Stage.Contracted);
        var contract = s.Current.Contract!.Amount;
        var free = CancellationPolicy.Create(new CancellationPolicyOptions { ChargeCostsAfterContract = false })
            .Assess(CancellationInput.Of(s.Current), Money.Of(5_000m, Currency.USD));
        Assert.True(free.Charge.IsZero);
        Assert.Null(free.Refusal);

        var exact = CancellationPolicy.Default.Assess(CancellationInput.Of(s.Current), contract);
        Assert.Equal(contract, exact.Charge);
        Assert.DoesNotContain("capped", exact.Explanation, StringComparison.Ordinal);
        Assert.Equal($"Cancelled after contract {s.Current.Contract.Number}: incurred costs {contract} (R36).", exact.Explanation);
        Assert.Contains("capped at the contract amount", CancellationPolicy.Default.Assess(CancellationInput.Of(s.Current), contract + Money.Of(1m, Currency.USD)).Explanation, StringComparison.Ordinal);
    }
}
