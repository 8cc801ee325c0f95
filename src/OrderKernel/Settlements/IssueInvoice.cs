namespace OrderKernel;

/// <summary>
/// Finance issues a numbered invoice (R43): for one delivery (<paramref name="Shipment"/>, its shipped quantities at the
/// net quoted prices) or, with no shipment, for what is left to invoice of the order (the contract amount with its applied
/// changes and the delivered-quantity true-up, less what is already invoiced net of credit notes). The stated amount is
/// checked against that: a difference is refused with the amount expected.
/// </summary>
/// <param name="Sequence">The next value of the host's invoice sequence; positive.</param>
/// <param name="Amount">The amount finance states on the invoice.</param>
/// <param name="Shipment">The delivery invoiced (1 for the first shipment), or <see langword="null"/> for the whole order.</param>
public sealed record IssueInvoice(long Sequence, Money Amount, int? Shipment = null) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.IssueInvoice;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence).Money("amount", Amount);
}
