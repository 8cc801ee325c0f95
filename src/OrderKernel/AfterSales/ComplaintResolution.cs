using NodaTime;

namespace OrderKernel;

/// <summary>A complaint's resolution and its settlement effect (R45).</summary>
/// <param name="Remedy">Repair, replacement or refund.</param>
/// <param name="Credit">What is credited to the customer (a refund); zero otherwise.</param>
/// <param name="Charge">What the customer is charged (a repair or replacement outside warranty); zero otherwise.</param>
/// <param name="Note">The resolution's note.</param>
/// <param name="ResolvedBy">Who resolved it.</param>
/// <param name="ResolvedAt">When.</param>
public sealed record ComplaintResolution(ComplaintRemedy Remedy, Money Credit, Money Charge, string Note, ActorId ResolvedBy, Instant ResolvedAt);
