namespace OrderKernel;

/// <summary>Finance issues a numbered credit note against an invoice (R43): at most what is left of that invoice.</summary>
/// <param name="Sequence">The next value of the host's credit note sequence; positive.</param>
/// <param name="InvoiceNumber">The invoice it corrects.</param>
/// <param name="Amount">The credited amount.</param>
/// <param name="Reason">Why (returned goods, a price error, …).</param>
public sealed record IssueCreditNote(long Sequence, string InvoiceNumber, Money Amount, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.IssueCreditNote;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence).Key("invoiceNumber", InvoiceNumber).Money("amount", Amount).Text("reason", Reason);
}
