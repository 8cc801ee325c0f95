using NodaTime;

namespace OrderKernel.Tests.Generators;

/// <summary>
/// The supported ranges the boundary generators and probes assume (issue 20). Named exactly like the members of
/// <c>OrderKernel.Primitives.KernelLimits</c> the lead is adding: once it exists, replace each value here with a
/// reference to it (or delete this class and add <c>using KernelLimits = OrderKernel.Primitives.KernelLimits;</c>).
/// </summary>
internal static class BoundaryLimits
{
    /// <summary>Largest amount in major units (10^15 − 1).</summary>
    public const decimal MaxAmount = 999_999_999_999_999m;

    /// <summary>Largest quantity of a line.</summary>
    public const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>Most lines of an order.</summary>
    public const int MaxLines = 1_000;

    /// <summary>Most installments of payment terms.</summary>
    public const int MaxInstallments = 120;

    /// <summary>Most items of a list in a command (documents, missing items, findings, …).</summary>
    public const int MaxListItems = 100;

    /// <summary>Longest text.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>Longest key (idempotency key, ids).</summary>
    public const int MaxKeyLength = 200;

    /// <summary>Largest count (units, sample sizes).</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Largest sequence number (orders, quotations, contracts).</summary>
    public const long MaxSequence = 999_999_999_999;

    /// <summary>Idempotency keys an order keeps.</summary>
    public const int IdempotencyWindow = 256;

    /// <summary>Longest duration (delays, working time).</summary>
    public static Duration MaxDuration { get; } = Duration.FromDays(3_660);

    /// <summary>Earliest supported date.</summary>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>Latest supported date.</summary>
    public static LocalDate MaxDate { get; } = new(2199, 12, 31);

    /// <summary>Earliest supported instant.</summary>
    public static Instant MinInstant { get; } = Instant.FromUtc(1900, 1, 1, 0, 0);

    /// <summary>Latest supported instant.</summary>
    public static Instant MaxInstant { get; } = Instant.FromUtc(2199, 12, 31, 0, 0);
}
