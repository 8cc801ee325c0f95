namespace OrderKernel.Policies;

/// <summary>Options of the default approval policy.</summary>
public sealed record ApprovalPolicyOptions
{
    /// <summary>
    /// Gets the default limits: one <see cref="ApprovalLimit"/> for every currency in <see cref="Currency.All"/>, each about the
    /// same value (USD 100,000 for a department head, USD 1,000,000 for the general manager, converted and rounded).
    /// </summary>
    public static ValueList<ApprovalLimit> DefaultLimits { get; } = BuildDefaultLimits();

    /// <summary>
    /// Gets the limits per currency; default <see cref="DefaultLimits"/>. An order in a currency without a limit here is
    /// refused with <c>approval.limit-missing</c> (R8): amounts are never compared across currencies.
    /// </summary>
    public ValueList<ApprovalLimit> Limits { get; init; } = DefaultLimits;

    /// <summary>Gets a value indicating whether important and urgent orders need at least the general manager; default <see langword="true"/>.</summary>
    public bool ImportantOrdersNeedGeneralManager { get; init; } = true;

    /// <summary>Gets the largest line discount a department head may approve alone; above it the general manager approves too; default 5 %.</summary>
    public Percentage DiscountNeedingGeneralManager { get; init; } = Percentage.Of(5m);

    private static ValueList<ApprovalLimit> BuildDefaultLimits()
    {
        // Department head limits; the general manager's is ten times as much. They are the seeds' USD 100,000 (and
        // 1,000,000) converted at reference rates of mid-2025 (units per USD in the comments; USD 1 = CNY 7.14) and rounded
        // to two significant figures, so that an order needs the same levels for about the same value in every currency.
        // They are a starting point only: hosts should set their own limits per currency (ApprovalPolicyOptions.Limits).
        (string Code, decimal HeadUpTo)[] table =
        [
            ("AED", 370_000m), // 3.6725
            ("AUD", 150_000m), // 1.53
            ("BHD", 38_000m), // 0.376
            ("BRL", 550_000m), // 5.5
            ("CAD", 140_000m), // 1.37
            ("CHF", 80_000m), // 0.80
            ("CLP", 94_000_000m), // 940
            ("CNY", 710_000m), // 7.14
            ("CZK", 2_100_000m), // 21
            ("DKK", 640_000m), // 6.4
            ("EUR", 86_000m), // 0.86
            ("GBP", 75_000m), // 0.75
            ("HKD", 790_000m), // 7.85
            ("HUF", 34_000_000m), // 340
            ("IDR", 1_600_000_000m), // 16,300
            ("INR", 8_700_000m), // 87
            ("ISK", 12_000_000m), // 124
            ("JOD", 71_000m), // 0.709
            ("JPY", 15_000_000m), // 148
            ("KRW", 140_000_000m), // 1,390
            ("KWD", 31_000m), // 0.306
            ("MXN", 1_900_000m), // 18.6
            ("MYR", 420_000m), // 4.2
            ("NOK", 1_000_000m), // 10.2
            ("NZD", 170_000m), // 1.69
            ("OMR", 38_000m), // 0.385
            ("PHP", 5_700_000m), // 57
            ("PLN", 370_000m), // 3.65
            ("RUB", 8_000_000m), // 80
            ("SAR", 380_000m), // 3.75
            ("SEK", 960_000m), // 9.6
            ("SGD", 130_000m), // 1.29
            ("THB", 3_300_000m), // 32.5
            ("TND", 300_000m), // 2.95
            ("TRY", 4_100_000m), // 40.7
            ("TWD", 3_000_000m), // 30
            ("USD", 100_000m), // 1
            ("VND", 2_600_000_000m), // 26,100
            ("ZAR", 1_800_000m), // 17.8
        ];
        var limits = new ApprovalLimit[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            limits[i] = new ApprovalLimit(Currency.FromCode(table[i].Code), table[i].HeadUpTo, table[i].HeadUpTo * 10m);
        }

        return ValueList<ApprovalLimit>.Of(limits);
    }
}
