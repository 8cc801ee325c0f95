using NodaTime;

namespace OrderKernel;

/// <summary>An active hold.</summary>
/// <param name="Code">The code.</param>
/// <param name="Reason">The reason.</param>
/// <param name="PlacedBy">Who placed it.</param>
/// <param name="PlacedAt">When.</param>
public sealed record Hold(HoldCode Code, string Reason, ActorId PlacedBy, Instant PlacedAt);
