using BenchmarkDotNet.Attributes;
using OrderKernel.Policies;

namespace OrderKernel.Benchmarks.Comparisons;

/// <summary>The five-rule policy's kernel side taken apart: where its time and allocations go (issue 21).</summary>
[MemoryDiagnoser]
public class PolicyParts
{
    private readonly PolicyInput _input = PolicyImplementations.Samples[0];
    private readonly IApprovalPolicy _approval = ApprovalPolicy.Create(new ApprovalPolicyOptions { ImportantOrdersNeedGeneralManager = false, DiscountNeedingGeneralManager = Percentage.Hundred });
    private readonly IDelayPenaltyPolicy _penalty = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { PointsPerDayPerParty = 0m });
    private readonly Money _amount = Money.Of(PolicyImplementations.Samples[0].Amount, Currency.USD);

    [Benchmark(Baseline = true, Description = "Money.Of")]
    public Money MoneyOf() => Money.Of(_input.Amount, Currency.USD);

    [Benchmark(Description = "approval levels")]
    public int Approval() => _approval.Require(new ApprovalRequest(_amount, Priority.Normal, Percentage.Zero)).Levels.Count;

    [Benchmark(Description = "8 % surcharge")]
    public Money Surcharge() => Percentage.Of(8m).Of(_amount, RoundingRule.Default);

    [Benchmark(Description = "deposit (first installment)")]
    public Money Deposit() => PaymentTerms.Default.AmountOf(0, _amount);

    [Benchmark(Description = "delay penalty")]
    public decimal Penalty() => _penalty.Assess(new PenaltyInput(_input.DaysLate, _amount, _amount, _amount, 0)).Amount;
}
