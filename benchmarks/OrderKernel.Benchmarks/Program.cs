using BenchmarkDotNet.Running;
using OrderKernel.Benchmarks;
using OrderKernel.Benchmarks.Comparisons;

// The implementations compared side by side must agree on every result before anything is measured.
var problems = Agreement.Check();
if (problems.Count > 0)
{
    foreach (var p in problems)
    {
        Console.Error.WriteLine("DISAGREEMENT: " + p);
    }

    return 1;
}

// `-- --paired`: the issue-21 ratios as interleaved pairs, for a shared machine (see docs/performance.md).
if (args is ["--paired"])
{
    Paired.Run();
    return 0;
}

// Runs the benchmarks the arguments select (see docs/performance.md); exits 1 when any benchmark failed to run,
// so CI's dry job catches a benchmark that rots.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(DecideBenchmarks).Assembly).Run(args);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.IsEmpty);
return failed ? 1 : 0;
