using NodaTime;

namespace OrderKernel;

/// <summary>Issue a new revision after negotiation (R13); the previous one is kept, its approvals lapse.</summary>
/// <param name="Prices">One price per order line.</param>
/// <param name="ValidUntil">The last day of validity.</param>
/// <param name="Reason">Why it is revised.</param>
public sealed record ReviseQuotation(ValueList<QuotationPrice> Prices, LocalDate ValidUntil, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReviseQuotation;

    internal override void CheckInput(InputCheck c) => c.Prices("prices", Prices).Date("validUntil", ValidUntil).Text("reason", Reason);
}
