using BenchmarkDotNet.Running;

// Runs the benchmarks the arguments select (see docs/performance.md); exits 1 when any benchmark failed to run,
// so CI's dry job catches a benchmark that rots.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(OrderKernel.Benchmarks.DecideBenchmarks).Assembly).Run(args);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.IsEmpty);
return failed ? 1 : 0;
