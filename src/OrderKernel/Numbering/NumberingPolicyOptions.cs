namespace OrderKernel.Policies;

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
