namespace OrderKernel;

/// <summary>A superseded revision kept in the quotation record (R12).</summary>
/// <param name="Number">Its number.</param>
/// <param name="Total">Its total.</param>
/// <param name="Status">Its status when superseded.</param>
/// <param name="Reason">Why it was revised.</param>
public sealed record QuotationRevisionSummary(string Number, Money Total, QuotationStatus Status, string Reason);
