using NodaTime;

namespace OrderKernel;

/// <summary>Prepare the quotation for a reviewed order (R12–R13).</summary>
/// <param name="Sequence">The next value of the host's quotation sequence; positive.</param>
/// <param name="Prices">One price per order line.</param>
/// <param name="ValidUntil">The last day of validity in the customer's time zone.</param>
public sealed record PrepareQuotation(long Sequence, ValueList<QuotationPrice> Prices, LocalDate ValidUntil) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.PrepareQuotation;

    internal override void CheckInput(InputCheck c) => c.AtMost("sequence", Sequence, KernelLimits.MaxSequence).Prices("prices", Prices).Date("validUntil", ValidUntil);
}
