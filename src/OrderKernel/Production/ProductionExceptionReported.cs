using NodaTime;

namespace OrderKernel;

/// <summary>A production exception was reported (R25).</summary>
/// <param name="Description">What happened.</param>
/// <param name="ExpectedDelay">The expected delay.</param>
public sealed record ProductionExceptionReported(string Description, Duration ExpectedDelay) : OrderEvent;
