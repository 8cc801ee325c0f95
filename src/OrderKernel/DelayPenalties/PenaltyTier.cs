namespace OrderKernel.Policies;

/// <summary>A tier of a tiered rate: days <see cref="FromDay"/> to <see cref="ToDay"/> (1-based, inclusive) at a rate per period.</summary>
/// <param name="FromDay">The first day of the tier, from 1.</param>
/// <param name="ToDay">The last day, or <see langword="null"/> for no end.</param>
/// <param name="Rate">The rate.</param>
/// <param name="Per">Per day or per started week.</param>
public sealed record PenaltyTier(int FromDay, int? ToDay, Percentage Rate, PenaltyPeriod Per);
