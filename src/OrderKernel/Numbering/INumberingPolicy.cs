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
