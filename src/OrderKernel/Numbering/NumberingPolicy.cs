using System;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

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
