using BenchmarkDotNet.Attributes;
using Stateless;

namespace OrderKernel.Benchmarks.Comparisons;

/// <summary>The lifecycle side by side: OrderKernel's table engine, Stateless, and a hand-written switch (issue 9, scenario 1).</summary>
[MemoryDiagnoser]
public class LifecycleComparison
{
    private readonly LifecycleOrder _ready = new() { Stage = Stage.ReadyToShip, BalancePaid = true };
    private readonly LifecycleOrder _inspected = new() { Stage = Stage.Inspected, BalancePaid = false };
    private StateMachine<Stage, Trigger> _statelessReady = null!;
    private StateMachine<Stage, Trigger> _statelessInspected = null!;

    [GlobalSetup]
    public void Setup()
    {
        _statelessReady = LifecycleImplementations.Stateless(_ready);
        _statelessInspected = LifecycleImplementations.Stateless(_inspected);
    }

    [Benchmark(Description = "Stateless: create machine for one order")]
    public object Stateless_Create() => LifecycleImplementations.Stateless(new LifecycleOrder());

    [Benchmark(Description = "Stateless: fire guarded Ship")]
    public Stage Stateless_Fire()
    {
        _ready.Stage = Stage.ReadyToShip;
        _statelessReady.Fire(Trigger.Ship);
        return _ready.Stage;
    }

    [Benchmark(Description = "Stateless: create + fire guarded Ship")]
    public Stage Stateless_CreateAndFire()
    {
        var order = new LifecycleOrder { Stage = Stage.ReadyToShip, BalancePaid = true };
        LifecycleImplementations.Stateless(order).Fire(Trigger.Ship);
        return order.Stage;
    }

    [Benchmark(Description = "Stateless: happy path")]
    public Stage Stateless_HappyPath()
    {
        var order = new LifecycleOrder { BalancePaid = true };
        var m = LifecycleImplementations.Stateless(order);
        foreach (var t in LifecycleImplementations.HappyPath)
        {
            m.Fire(t);
        }

        return order.Stage;
    }

    [Benchmark(Description = "Stateless: permitted triggers (async)")]
    public async Task<int> Stateless_Permitted() => (await _statelessInspected.GetPermittedTriggersAsync()).Count();

    [Benchmark(Description = "OrderKernel: fire guarded Ship")]
    public Stage Kernel_Fire()
    {
        _ready.Stage = Stage.ReadyToShip;
        LifecycleImplementations.KernelFire(_ready, Trigger.Ship);
        return _ready.Stage;
    }

    [Benchmark(Description = "OrderKernel: create + fire guarded Ship")]
    public Stage Kernel_CreateAndFire()
    {
        var order = new LifecycleOrder { Stage = Stage.ReadyToShip, BalancePaid = true };
        LifecycleImplementations.KernelFire(order, Trigger.Ship);
        return order.Stage;
    }

    [Benchmark(Description = "OrderKernel: happy path")]
    public Stage Kernel_HappyPath()
    {
        var order = new LifecycleOrder { BalancePaid = true };
        foreach (var t in LifecycleImplementations.HappyPath)
        {
            LifecycleImplementations.KernelFire(order, t);
        }

        return order.Stage;
    }

    [Benchmark(Description = "OrderKernel: permitted triggers")]
    public int Kernel_Permitted()
    {
        Span<Trigger> into = stackalloc Trigger[16];
        return LifecycleImplementations.KernelPermitted(_inspected, into);
    }

    [Benchmark(Baseline = true, Description = "Hand-written: fire guarded Ship")]
    public Stage Hand_Fire()
    {
        _ready.Stage = Stage.ReadyToShip;
        LifecycleImplementations.HandFire(_ready, Trigger.Ship);
        return _ready.Stage;
    }

    [Benchmark(Description = "Hand-written: happy path")]
    public Stage Hand_HappyPath()
    {
        var order = new LifecycleOrder { BalancePaid = true };
        foreach (var t in LifecycleImplementations.HappyPath)
        {
            LifecycleImplementations.HandFire(order, t);
        }

        return order.Stage;
    }

    [Benchmark(Description = "Hand-written: permitted triggers")]
    public int Hand_Permitted()
    {
        Span<Trigger> into = stackalloc Trigger[16];
        return LifecycleImplementations.HandPermitted(_inspected, into);
    }
}

/// <summary>The five-rule policy side by side: OrderKernel's policies, Microsoft RulesEngine, hand-written ifs (issue 9, scenario 2).</summary>
[MemoryDiagnoser]
public class PolicyComparison
{
    private readonly PolicyInput _input = PolicyImplementations.Samples[0];
    private readonly PolicyImplementations.Kernel _kernel = new();
    private readonly PolicyImplementations.Rules _rules = new();

    [Benchmark(Baseline = true, Description = "Hand-written: five rules")]
    public PolicyResult Hand() => PolicyImplementations.Hand(_input);

    [Benchmark(Description = "OrderKernel: five rules through its policies")]
    public PolicyResult Kernel() => _kernel.Evaluate(_input);

    [Benchmark(Description = "RulesEngine: five rules (ExecuteAllRulesAsync)")]
    public async Task<PolicyResult> RulesEngine() => await _rules.EvaluateAsync(_input);
}
