using System;

namespace OrderKernel.Policies;

/// <summary>Options of the standard penalty composition built by <see cref="DelayPenaltyPolicy.Create(DelayPenaltyPolicyOptions)"/>.</summary>
public sealed record DelayPenaltyPolicyOptions
{
    /// <summary>Gets the days late that carry no penalty; default 0.</summary>
    public int GraceDays { get; init; }

    /// <summary>Gets the rate tiers; default 0.5 % per day from day 1.</summary>
    public ValueList<PenaltyTier> Tiers { get; init; } = ValueList<PenaltyTier>.Of(new PenaltyTier(1, null, Percentage.Of(0.5m), PenaltyPeriod.Day));

    /// <summary>Gets what the rates apply to; default the contract value.</summary>
    public PenaltyBase Base { get; init; } = PenaltyBase.ContractValue;

    /// <summary>Gets a fixed amount per day late, if any (in the contract's currency); default none.</summary>
    public decimal FixedPerDay { get; init; }

    /// <summary>Gets the cap as a percentage of the contract value; default 10 %.</summary>
    public Percentage? CapPercentOfContract { get; init; } = Percentage.Of(10m);

    /// <summary>Gets the cap as an absolute amount in the contract's currency, if any; the lower cap applies.</summary>
    public decimal? CapAmount { get; init; }

    /// <summary>Gets the assessment points per day late per responsible party (R39); default 1.</summary>
    public decimal PointsPerDayPerParty { get; init; } = 1m;

    /// <summary>Gets the midpoint rounding of the final amount, to the currency's minor unit; default away from zero.</summary>
    public MidpointRounding Rounding { get; init; } = MidpointRounding.AwayFromZero;
}
