using NodaTime;

namespace OrderKernel;

/// <summary>A production exception reported formally (R25) and passed on to sales and the customer (R24).</summary>
/// <param name="Description">What happened.</param>
/// <param name="ExpectedDelay">The delay it is expected to cause.</param>
/// <param name="ReportedBy">Who reported.</param>
/// <param name="ReportedAt">When.</param>
public sealed record ProductionIssue(string Description, Duration ExpectedDelay, ActorId ReportedBy, Instant ReportedAt);
