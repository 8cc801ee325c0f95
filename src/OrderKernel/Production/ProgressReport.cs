using NodaTime;

namespace OrderKernel;

/// <summary>A daily progress report (R24).</summary>
/// <param name="Complete">The share complete.</param>
/// <param name="Note">The note.</param>
/// <param name="ReportedBy">Who reported.</param>
/// <param name="ReportedAt">When.</param>
public sealed record ProgressReport(Percentage Complete, string Note, ActorId ReportedBy, Instant ReportedAt);
