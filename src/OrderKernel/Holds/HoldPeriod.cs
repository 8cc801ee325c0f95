using NodaTime;

namespace OrderKernel;

/// <summary>A past hold: from when it was placed to when it was released.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
/// <param name="From">When it was placed.</param>
/// <param name="To">When it was released.</param>
public sealed record HoldPeriod(HoldCode Code, string Reason, Instant From, Instant To);
