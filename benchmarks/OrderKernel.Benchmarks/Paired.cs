using System.Diagnostics;
using OrderKernel.Benchmarks.Comparisons;

namespace OrderKernel.Benchmarks;

/// <summary>
/// The issue-21 ratios measured as interleaved pairs (<c>-- --paired</c>): each pair alternates 0.2 ms slices of its two
/// sides 300 times and reports the median of the per-slice ratios, so a shared machine's changing load hits both sides
/// alike. Two passes in one process; read the second (everything is then at its final tier, RulesEngine included).
/// </summary>
public static class Paired
{
    private static double Slice(Func<object?> f, int n)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++)
        {
            f();
        }

        return (Stopwatch.GetTimestamp() - start) * (1e9 / Stopwatch.Frequency) / n;
    }

    private static void Pair(string name, Func<object?> a, Func<object?> b)
    {
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 800)
        {
            Slice(a, 50);
            Slice(b, 50);
        }

        var na = Math.Max(1, (int)(200_000 / Math.Max(1, Slice(a, 2000))));
        var nb = Math.Max(1, (int)(200_000 / Math.Max(1, Slice(b, 2000))));
        var ra = new List<double>();
        var rb = new List<double>();
        var ratios = new List<double>();
        for (var r = 0; r < 300; r++)
        {
            var ta = Slice(a, na);
            var tb = Slice(b, nb);
            ra.Add(ta);
            rb.Add(tb);
            ratios.Add(ta / tb);
        }

        static double Med(List<double> l)
        {
            l.Sort();
            return l[l.Count / 2];
        }

        Console.WriteLine($"{name,-55} A {Med(ra),9:F1} ns  B {Med(rb),9:F1} ns  A/B median {Med(ratios),7:F3}  (min A {ra.Min():F1}, min B {rb.Min():F1}, minA/minB {ra.Min() / rb.Min():F3})");
    }

    public static void Run()
    {
        var d = new DecideBenchmarks();
        d.Setup();
        var l = new LifecycleComparison();
        l.Setup();
        var p = new PolicyComparison();
        for (var pass = 1; pass <= 2; pass++)
        {
            Console.WriteLine($"pass {pass}");
            Pair("refused Decide / Stateless fire", () => d.Decide_ReleaseForShipment_Refused(), () => l.Stateless_Fire());
            Pair("accepted Decide / Stateless fire", () => d.Decide_ReleaseForShipment_Accepted(), () => l.Stateless_Fire());
            Pair("accepted Decide / Stateless create+fire", () => d.Decide_ReleaseForShipment_Accepted(), () => l.Stateless_CreateAndFire());
            Pair("PermittedKinds / Stateless permitted", () => d.PermittedKinds(), () => l.Stateless_Permitted().GetAwaiter().GetResult());
            Pair("kernel policy / hand", () => p.Kernel(), () => p.Hand());
            Pair("RulesEngine / kernel policy", () => p.RulesEngine().GetAwaiter().GetResult(), () => p.Kernel());
            Pair("Replay 1000 / Stateless fire", () => d.Replay_1000Events(), () => l.Stateless_Fire());
        }
    }
}
