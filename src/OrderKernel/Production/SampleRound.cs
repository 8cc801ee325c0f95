using NodaTime;

namespace OrderKernel;

/// <summary>One round of samples (R14): the units sent and, once given, the customer's verdict.</summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="Units">The sample units sent.</param>
/// <param name="Note">What was sent (hardware and software versions, carrier).</param>
/// <param name="SentBy">Who sent it.</param>
/// <param name="SentAt">When.</param>
/// <param name="Approved">The customer's verdict; <see langword="null"/> while awaited.</param>
/// <param name="Comments">The customer's comments; empty while awaited.</param>
/// <param name="DecidedBy">Who recorded the verdict; <see langword="null"/> while awaited.</param>
/// <param name="DecidedAt">When; <see langword="null"/> while awaited.</param>
public sealed record SampleRound(int Round, int Units, string Note, ActorId SentBy, Instant SentAt, bool? Approved, string Comments, ActorId? DecidedBy, Instant? DecidedAt);
