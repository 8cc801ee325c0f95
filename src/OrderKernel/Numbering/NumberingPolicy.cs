using System;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

/// <summary>
/// Formats order, contract and quotation numbers (R2, R16). The kernel has no storage: the host supplies the next value of
/// its own sequence, the policy turns it into the number people read.
/// </summary>
public interface INumberingPolicy
{
    /// <summary>Formats an order number, e.g. <c>SO-2026-000123</c>.</summary>
    /// <param name="sequence">The host's sequence value; positive.</param>
    /// <param name="at">When the number is assigned (its year is read in the policy's time zone).</param>
    /// <returns>The number.</returns>
    string OrderNumber(long sequence, Instant at);

    /// <summary>Formats a contract number, e.g. <c>CT-2026-000045</c>.</summary>
    /// <param name="sequence">The host's sequence value; positive.</param>
    /// <param name="at">When the number is assigned.</param>
    /// <returns>The number.</returns>
    string ContractNumber(long sequence, Instant at);

    /// <summary>Formats a quotation number with its revision, e.g. <c>Q-2026-000012-R2</c>.</summary>
    /// <param name="sequence">The host's sequence value; positive.</param>
    /// <param name="at">When the first revision was prepared.</param>
    /// <param name="revision">The revision, from 1.</param>
    /// <returns>The number.</returns>
    string QuotationNumber(long sequence, Instant at, int revision);

    /// <summary>Formats an invoice number, e.g. <c>INV-2026-000007</c> (R43).</summary>
    /// <param name="sequence">The host's sequence value; positive.</param>
    /// <param name="at">When the invoice is issued.</param>
    /// <returns>The number.</returns>
    string InvoiceNumber(long sequence, Instant at);

    /// <summary>Formats a credit note number, e.g. <c>CN-2026-000003</c> (R43).</summary>
    /// <param name="sequence">The host's sequence value; positive.</param>
    /// <param name="at">When the credit note is issued.</param>
    /// <returns>The number.</returns>
    string CreditNoteNumber(long sequence, Instant at);
}

/// <summary>Options of the default numbering policy.</summary>
public sealed record NumberingPolicyOptions
{
    /// <summary>Gets the order number prefix; default <c>SO</c>.</summary>
    public string OrderPrefix { get; init; } = "SO";

    /// <summary>Gets the contract number prefix; default <c>CT</c>.</summary>
    public string ContractPrefix { get; init; } = "CT";

    /// <summary>Gets the quotation number prefix; default <c>Q</c>.</summary>
    public string QuotationPrefix { get; init; } = "Q";

    /// <summary>Gets the invoice number prefix; default <c>INV</c>.</summary>
    public string InvoicePrefix { get; init; } = "INV";

    /// <summary>Gets the credit note number prefix; default <c>CN</c>.</summary>
    public string CreditNotePrefix { get; init; } = "CN";

    /// <summary>Gets the number of digits the sequence is padded to; default 6.</summary>
    public int Digits { get; init; } = 6;

    /// <summary>Gets the IANA time zone whose calendar year goes into numbers; default <c>UTC</c>.</summary>
    public string TimeZoneId { get; init; } = "UTC";
}

/// <summary>Creates numbering policies.</summary>
public static class NumberingPolicy
{
    /// <summary>Gets the default policy: <c>SO-2026-000123</c>, <c>CT-2026-000045</c>, <c>Q-2026-000012-R2</c>, <c>INV-2026-000007</c>, <c>CN-2026-000003</c>, years in UTC.</summary>
    public static INumberingPolicy Default { get; } = Create(new NumberingPolicyOptions());

    /// <summary>Validates options and creates the default numbering policy over them.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static INumberingPolicy Create(NumberingPolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.NullOrWhiteSpace(options.OrderPrefix, nameof(options));
        Guard.Against.NullOrWhiteSpace(options.ContractPrefix, nameof(options));
        Guard.Against.NullOrWhiteSpace(options.QuotationPrefix, nameof(options));
        Guard.Against.NullOrWhiteSpace(options.InvoicePrefix, nameof(options));
        Guard.Against.NullOrWhiteSpace(options.CreditNotePrefix, nameof(options));
        Guard.Against.OutOfRange(options.Digits, nameof(options), 1, 18);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId)
            ?? throw new ArgumentException($"'{options.TimeZoneId}' is not a known IANA time zone.", nameof(options));
        return new DefaultNumberingPolicy(options, zone);
    }

    private sealed class DefaultNumberingPolicy(NumberingPolicyOptions options, DateTimeZone zone) : INumberingPolicy
    {
        private readonly string _format = "D" + options.Digits.ToString(CultureInfo.InvariantCulture);

        public string OrderNumber(long sequence, Instant at) => Format(options.OrderPrefix, sequence, at);

        public string ContractNumber(long sequence, Instant at) => Format(options.ContractPrefix, sequence, at);

        public string InvoiceNumber(long sequence, Instant at) => Format(options.InvoicePrefix, sequence, at);

        public string CreditNoteNumber(long sequence, Instant at) => Format(options.CreditNotePrefix, sequence, at);

        public string QuotationNumber(long sequence, Instant at, int revision)
        {
            Guard.Against.NegativeOrZero(revision);
            return Format(options.QuotationPrefix, sequence, at) + "-R" + revision.ToString(CultureInfo.InvariantCulture);
        }

        private string Format(string prefix, long sequence, Instant at)
        {
            Guard.Against.NegativeOrZero(sequence);
            var year = at.InZone(zone).Year;
            return string.Concat(prefix, "-", year.ToString("D4", CultureInfo.InvariantCulture), "-", sequence.ToString(_format, CultureInfo.InvariantCulture));
        }
    }
}
