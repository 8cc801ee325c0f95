namespace OrderKernel;

/// <summary>The customer accepted the revision.</summary>
/// <param name="Number">The revision's number.</param>
/// <param name="Total">The accepted total.</param>
/// <param name="Fingerprint">The accepted content's fingerprint.</param>
public sealed record QuotationAccepted(string Number, Money Total, string Fingerprint) : OrderEvent;
