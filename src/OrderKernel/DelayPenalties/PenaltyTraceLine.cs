namespace OrderKernel.Policies;

/// <summary>One line of a penalty's calculation trace.</summary>
/// <param name="Step">What the line computes (a tier, a rate, the grace period, the cap, the rounding).</param>
/// <param name="Days">The days it covers.</param>
/// <param name="Rate">The rate, if a percentage.</param>
/// <param name="Base">The base amount, if any.</param>
/// <param name="Amount">The exact amount it contributes (before rounding), or the running total for the cap and rounding lines.</param>
/// <param name="Points">The assessment points it contributes.</param>
public sealed record PenaltyTraceLine(string Step, int Days, Percentage? Rate, Money? Base, decimal Amount, decimal Points);
