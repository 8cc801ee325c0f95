using BenchmarkDotNet.Attributes;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel.Benchmarks;

/// <summary>Service levels (R38, R40): the deadlines of an order in production, a check for a dashboard, a late step's breach.</summary>
[MemoryDiagnoser]
public class ServiceLevelBenchmarks
{
    private readonly IServiceLevelPolicy _policy = OrderPolicies.Default.ServiceLevels;
    private readonly RecordInspection _inspection = new(QualityGrade.First, 2000, 0, "ok");
    private Order _inProduction = null!;
    private Order _produced = null!;
    private Instant _now;
    private DecisionContext _lateInspector = null!;

    [GlobalSetup]
    public void Setup()
    {
        var states = Fixtures.Run().States;
        _inProduction = states[16]!; // released to production
        _produced = states[17]!;     // production completed, inspection due within one working hour
        _now = Fixtures.Start + Duration.FromDays(10);
        _lateInspector = DecisionContext.Create(Fixtures.Start + Duration.FromDays(20), Fixtures.Inspector);
    }

    /// <summary>Every step's deadline: start, due, completion, working time excused by holds.</summary>
    [Benchmark]
    public int Deadlines() => ServiceLevelMonitor.Deadlines(_inProduction, _policy, _now).Count;

    /// <summary>Every open step's status at an instant (on time, at risk within 8 hours, overdue): a dashboard row.</summary>
    [Benchmark]
    public int Check() => ServiceLevelMonitor.Check(_inProduction, _now, _policy, Duration.FromHours(8)).Count;

    /// <summary>An inspection recorded days late: the decision emits its breach event (R38, R40).</summary>
    [Benchmark]
    public int Decide_LateInspection_WithBreach() => OrderDecider.Decide(_produced, _inspection, _lateInspector).AsT0.Events.Count;
}

/// <summary>Delay penalties (R39, R47): the default policy, a composed tiered policy, and the explanation.</summary>
[MemoryDiagnoser]
public class PenaltyBenchmarks
{
    private readonly IDelayPenaltyPolicy _default = DelayPenaltyPolicy.Default;
    private readonly IDelayPenaltyPolicy _tiered = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions
    {
        GraceDays = 2,
        Tiers = ValueList<PenaltyTier>.Of(
            new PenaltyTier(1, 7, Percentage.Of(0.5m), PenaltyPeriod.Day),
            new PenaltyTier(8, null, Percentage.Of(2m), PenaltyPeriod.Week)),
        Base = PenaltyBase.DelayedValue,
        FixedPerDay = 50m,
        CapAmount = 10_000m,
    });

    private readonly PenaltyInput _input = new(
        12, Money.Of(170_000m, Currency.USD), Money.Of(85_000m, Currency.USD), Money.Of(85_000m, Currency.USD), 2);

    /// <summary>0.5 % of the contract value per day, capped at 10 %.</summary>
    [Benchmark(Baseline = true)]
    public decimal Assess_Default() => _default.Assess(_input).Amount;

    /// <summary>Grace days, two tiers, a fixed amount per day, an absolute cap.</summary>
    [Benchmark]
    public decimal Assess_Tiered() => _tiered.Assess(_input).Amount;

    /// <summary>The day-by-day explanation of the tiered assessment (the trace a claim letter quotes).</summary>
    [Benchmark]
    public int Explain_Tiered() => _tiered.Explain(_input).Count;
}

/// <summary>Settlement (R17, R41, R48): the statement of a closed order and the "is it settled?" check.</summary>
[MemoryDiagnoser]
public class SettlementBenchmarks
{
    private Order _final = null!;

    [GlobalSetup]
    public void Setup() => _final = Fixtures.Run().States[^1]!;

    /// <summary>Charges, payments, refunds, penalties and the amount due, line by line.</summary>
    [Benchmark]
    public decimal Statement() => Settlement.Statement(_final, OrderPolicies.Default).AmountDue.Amount;
}
