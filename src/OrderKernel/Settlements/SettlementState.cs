using NodaTime;

namespace OrderKernel;

/// <summary>The settlements area's slice of an order (R42–R45): refunds, returns, invoices and credit notes, completion and closing.</summary>
internal sealed record SettlementState
{
    /// <summary>Gets the refunds paid back (R43).</summary>
    public ValueList<Refund> Refunds { get; init; }

    /// <summary>Gets the returns and exchanges (R45).</summary>
    public ValueList<ReturnRecord> Returns { get; init; }

    /// <summary>Gets the invoices issued (R43).</summary>
    public ValueList<Invoice> Invoices { get; init; }

    /// <summary>Gets the credit notes issued (R43).</summary>
    public ValueList<CreditNote> CreditNotes { get; init; }

    /// <summary>Gets when the order was completed (R42).</summary>
    public Instant? CompletedAt { get; init; }

    /// <summary>Gets when the order was closed.</summary>
    public Instant? ClosedAt { get; init; }
}
