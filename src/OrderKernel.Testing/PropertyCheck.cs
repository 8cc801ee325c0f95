using System;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace OrderKernel.Testing;

/// <summary>
/// Runs a property and hands back the counterexample instead of throwing: for tests that a wrong configuration is caught
/// (the property must fail, and the shrunk sequence must be small).
/// </summary>
public static class PropertyCheck
{
    /// <summary>Checks a property over an arbitrary and returns the shrunk counterexample, or <see langword="null"/> when every test passed.</summary>
    /// <typeparam name="T">The generated value type.</typeparam>
    /// <param name="arbitrary">The values (their shrinker makes the counterexample small).</param>
    /// <param name="property">The property: throws (e.g. <see cref="InvariantViolationException"/>) when it does not hold.</param>
    /// <param name="maxTest">The number of tests; default 100.</param>
    /// <param name="replay">A seed to replay (<see cref="Counterexample{T}.Replay"/>), or <see langword="null"/> for a random run.</param>
    /// <returns>The counterexample, or <see langword="null"/>.</returns>
    public static Counterexample<T>? Falsify<T>(Arbitrary<T> arbitrary, Action<T> property, int maxTest = 100, string? replay = null)
    {
        Guard.Against.Null(arbitrary);
        Guard.Against.Null(property);
        var runner = new CapturingRunner();
        var config = Config.Quick.WithMaxTest(maxTest).WithRunner(runner).WithQuietOnSuccess(true);
        if (replay is not null)
        {
            config = config.WithReplay(FSharpOption<Replay>.Some(ParseReplay(replay)));
        }

        Check.One(config, Prop.ForAll(arbitrary, property));
        if (runner.Result is not TestResult.Failed failed)
        {
            return null;
        }

        var original = (T)failed.Item2.Head;
        var shrunk = failed.Item3.IsEmpty ? original : (T)failed.Item3.Head;
        var message = failed.Item4 is Outcome.Failed f ? f.Item.Message : failed.Item4.ToString() ?? string.Empty;
        var seed = string.Create(CultureInfo.InvariantCulture, $"({failed.Item5.Seed},{failed.Item5.Gamma})");
        return new Counterexample<T>(original, shrunk, failed.Item1.NumberOfTests, failed.Item1.NumberOfShrinks, seed, message, Runner.onFinishedToString(string.Empty, failed));
    }

    private static Replay ParseReplay(string replay)
    {
        var parts = replay.Trim('(', ')', ' ').Split(',', StringSplitOptions.TrimEntries);
        return parts.Length >= 2
            ? new Replay(new Rnd(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture)), FSharpOption<int>.None)
            : throw new ArgumentException("A replay seed reads \"(seed,gamma)\".", nameof(replay));
    }

    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type t)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
