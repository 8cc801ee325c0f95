namespace OrderKernel.Policies;

/// <summary>Options of the default priority policy (R4).</summary>
public sealed record PriorityPolicyOptions
{
    /// <summary>Gets the standard lead time in calendar days; an order requested sooner is urgent. Default 30.</summary>
    public int StandardLeadTimeDays { get; init; } = 30;

    /// <summary>
    /// Gets the amount from which an order is important, one per currency (never compared across currencies). Default
    /// 1,500,000 CNY, 200,000 USD, 185,000 EUR, 160,000 GBP, 30,000,000 JPY, 60,000 KWD; an order in a currency not listed
    /// is not weighed by amount, and its reasons say so.
    /// </summary>
    public ValueList<Money> ImportantFromAmounts { get; init; } = ValueList<Money>.Of(
        Money.Of(1_500_000m, Currency.CNY),
        Money.Of(200_000m, Currency.USD),
        Money.Of(185_000m, Currency.EUR),
        Money.Of(160_000m, Currency.GBP),
        Money.Of(30_000_000m, Currency.JPY),
        Money.Of(60_000m, Currency.KWD));

    /// <summary>Gets a value indicating whether a key customer's order is important; default <see langword="true"/>.</summary>
    public bool KeyCustomersAreImportant { get; init; } = true;
}
