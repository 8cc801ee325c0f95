using NodaTime;

namespace OrderKernel;

/// <summary>
/// The ranges and sizes the kernel supports, in one place. Every command is checked against them before it is decided
/// (refused with an <c>input.*</c> code), every snapshot and event stream when it is read, so whatever the kernel accepts
/// can be processed by every later command: no date, amount or size it accepts can overflow a later calculation.
/// </summary>
/// <remarks>
/// <para>The limits are deliberately generous for real orders and small enough that every calculation the kernel makes
/// on accepted values stays exact: amounts of at most 10¹⁵ major units keep their minor units within 64 bits in every
/// ISO 4217 currency (three decimals at most), a line's quantity times its unit price fits a <see cref="decimal"/>, and
/// dates leave room for years of deadlines and calendar arithmetic before NodaTime's own limits.</para>
/// <para>They are constants of this version of the kernel, documented in <c>docs/limits.md</c>; a host that needs
/// more (say, more than <see cref="MaxLines"/> lines) splits the order.</para>
/// </remarks>
public static class KernelLimits
{
    /// <summary>The greatest absolute money amount, in major units (10¹⁵ − 1): amounts, unit prices and totals.</summary>
    public const decimal MaxAmount = 999_999_999_999_999m;

    /// <summary>The greatest quantity of a line, a shipment or a return (10⁹).</summary>
    public const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>The most decimal places a quantity may have (micro-units of its unit of measure).</summary>
    public const int MaxQuantityDecimals = 6;

    /// <summary>The most lines an order, a quotation or a shipment may have.</summary>
    public const int MaxLines = 1_000;

    /// <summary>The most installments payment terms may have.</summary>
    public const int MaxInstallments = 120;

    /// <summary>The most items a command's other lists may hold (documents, findings, missing items, responsible parties).</summary>
    public const int MaxListItems = 100;

    /// <summary>
    /// The most entries an order's history lists may hold (payments, refunds, shipments, returns, change requests, holds,
    /// excusable delays, progress reports, breaches); a command that would add one more is refused.
    /// </summary>
    public const int MaxHistoryEntries = 1_000;

    /// <summary>The longest free text (reasons, notes, comments, specifications, names), in UTF-16 code units.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>The longest key or reference (idempotency keys, payment references, waybills, numbers), in UTF-16 code units.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>The greatest count (sample units, sample size, defects found, host sequence values are bounded by <see cref="MaxSequence"/>).</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>The greatest host sequence value a number is formatted from (order, contract and quotation numbers).</summary>
    public const long MaxSequence = 999_999_999_999;

    /// <summary>The longest duration a command may carry (working time needed, an expected delay): ten years.</summary>
    public static Duration MaxDuration { get; } = Duration.FromDays(3_660);

    /// <summary>The earliest supported calendar date (1900-01-01).</summary>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>The latest supported calendar date (2199-12-31).</summary>
    public static LocalDate MaxDate { get; } = new(2199, 12, 31);

    /// <summary>The earliest supported instant (1900-01-01T00:00:00Z): decision instants and instants in commands.</summary>
    public static Instant MinInstant { get; } = Instant.FromUtc(1900, 1, 1, 0, 0);

    /// <summary>The latest supported instant (2199-12-31T00:00:00Z).</summary>
    public static Instant MaxInstant { get; } = Instant.FromUtc(2199, 12, 31, 0, 0);

    /// <summary>
    /// How many idempotency keys an order remembers: the keys of its most recent commands that carried one. A key older
    /// than that is forgotten and a command reusing it is decided afresh (hosts retry within minutes, not hundreds of
    /// commands later).
    /// </summary>
    public const int IdempotencyWindow = 256;
}
