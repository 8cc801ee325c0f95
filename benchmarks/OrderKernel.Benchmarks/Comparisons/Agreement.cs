namespace OrderKernel.Benchmarks.Comparisons;

/// <summary>At start-up, the implementations must agree on every result; the run stops if they do not.</summary>
public static class Agreement
{
    public static IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        foreach (var paid in new[] { true, false })
        {
            var k = new LifecycleOrder { BalancePaid = paid };
            var h = new LifecycleOrder { BalancePaid = paid };
            var s = new LifecycleOrder { BalancePaid = paid };
            var sm = LifecycleImplementations.Stateless(s);
            foreach (var t in LifecycleImplementations.HappyPath.Concat([Trigger.Cancel, Trigger.ReviseQuote]))
            {
                var kernel = LifecycleImplementations.KernelFire(k, t);
                var hand = LifecycleImplementations.HandFire(h, t);
                var stateless = sm.CanFire(t);
                if (stateless)
                {
                    sm.Fire(t);
                }

                if (kernel != hand || hand != stateless || k.Stage != h.Stage || h.Stage != s.Stage)
                {
                    problems.Add($"lifecycle disagrees on {t} (balance paid {paid}): kernel {k.Stage}, hand {h.Stage}, stateless {s.Stage}");
                }
            }
        }

        var a = new Trigger[16];
        var b = new Trigger[16];
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var paid in new[] { true, false })
            {
                var order = new LifecycleOrder { Stage = stage, BalancePaid = paid };
                var kernel = a[..LifecycleImplementations.KernelPermitted(order, a)].Order();
                var hand = b[..LifecycleImplementations.HandPermitted(order, b)].Order();
                var stateless = LifecycleImplementations.Stateless(order).GetPermittedTriggersAsync().GetAwaiter().GetResult().Order();
                if (!kernel.SequenceEqual(hand) || !hand.SequenceEqual(stateless))
                {
                    problems.Add($"permitted triggers disagree in {stage} (balance paid {paid})");
                }
            }
        }

        var kernelPolicy = new PolicyImplementations.Kernel();
        var rules = new PolicyImplementations.Rules();
        foreach (var input in PolicyImplementations.Samples)
        {
            var hand = PolicyImplementations.Hand(input);
            var kernel = kernelPolicy.Evaluate(input);
            var engine = rules.EvaluateAsync(input).AsTask().GetAwaiter().GetResult();
            if (hand != kernel || hand != engine)
            {
                problems.Add($"policy disagrees for {input.Amount} {input.Tier}: hand {hand}, kernel {kernel}, RulesEngine {engine}");
            }
        }

        return problems;
    }
}
