namespace OrderKernel.Policies;

/// <summary>Options of the default acceptance policy.</summary>
public sealed record AcceptancePolicyOptions
{
    /// <summary>Gets the line quantity below which every line makes the order small; default 100.</summary>
    public decimal SmallQuantityBelow { get; init; } = 100m;

    /// <summary>Gets the estimated amount (in the order's currency) below which the order is small; default 10,000.</summary>
    public decimal SmallAmountBelow { get; init; } = 10_000m;

    /// <summary>Gets the surcharge a small order from a non-key customer carries; default 8 %.</summary>
    public Percentage Surcharge { get; init; } = Percentage.Of(8m);

    /// <summary>Gets the days added to such an order's lead time; default 7.</summary>
    public int ExtraLeadTimeDays { get; init; } = 7;

    /// <summary>Gets the tiers exempt from the small-order terms; default key customers.</summary>
    public ValueList<CustomerTier> ExemptTiers { get; init; } = ValueList<CustomerTier>.Of(CustomerTier.Key);

    /// <summary>Gets a value indicating whether small orders from new customers are declined instead; default <see langword="false"/>.</summary>
    public bool DeclineSmallOrdersFromNewCustomers { get; init; }
}
