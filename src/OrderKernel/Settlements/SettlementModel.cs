using NodaTime;

namespace OrderKernel;

/// <summary>Which quantity the customer is invoiced for.</summary>
public enum InvoiceBasis
{
    /// <summary>The delivered quantity: a delivery within tolerance is invoiced as delivered (R44).</summary>
    Delivered,

    /// <summary>The ordered quantity, whatever was delivered within tolerance.</summary>
    Ordered,
}

/// <summary>Where an order's balance stands.</summary>
public enum BalanceStanding
{
    /// <summary>The customer still owes money.</summary>
    Underpaid,

    /// <summary>Nothing is owed either way.</summary>
    Settled,

    /// <summary>The customer paid more than is due: a refund is owed.</summary>
    Overpaid,
}

/// <summary>What the customer sends back (R45).</summary>
public enum ReturnKind
{
    /// <summary>A return for credit.</summary>
    Return,

    /// <summary>An exchange for a replacement: no credit.</summary>
    Exchange,
}

/// <summary>A refund paid back to the customer.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Reference">The bank reference.</param>
/// <param name="Reason">Why.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When.</param>
public sealed record Refund(Money Amount, string Reference, string Reason, ActorId RecordedBy, Instant RecordedAt);

/// <summary>Goods returned or exchanged after delivery (R45), with the credit note's amount.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="Kind">Return or exchange.</param>
/// <param name="Reason">Why (complaint, warranty).</param>
/// <param name="Credit">The credit note's amount; zero for an exchange.</param>
/// <param name="RecordedAt">When.</param>
public sealed record ReturnRecord(LineId Line, Quantity Quantity, ReturnKind Kind, string Reason, Money Credit, Instant RecordedAt);

/// <summary>Record a refund to the customer (finance).</summary>
/// <param name="Amount">The amount; at most what the customer paid net of earlier refunds.</param>
/// <param name="Reference">The bank reference.</param>
/// <param name="Reason">Why.</param>
public sealed record RecordRefund(Money Amount, string Reference, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordRefund;

    internal override void CheckInput(InputCheck c) => c.Money("amount", Amount).Key("reference", Reference).Text("reason", Reason);
}

/// <summary>Record goods returned or exchanged after delivery (R45); a return earns a credit note at the line's net price.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity; at most what was shipped and not yet returned.</param>
/// <param name="Disposition">Return for credit, or exchange.</param>
/// <param name="Reason">Why.</param>
public sealed record RecordReturn(LineId Line, Quantity Quantity, ReturnKind Disposition, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordReturn;

    internal override void CheckInput(InputCheck c) => c.Present("line", Line).Quantity("quantity", Quantity).Defined("disposition", Disposition).Text("reason", Reason);
}

/// <summary>A refund was recorded.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Reference">The reference.</param>
/// <param name="Reason">Why.</param>
public sealed record RefundRecorded(Money Amount, string Reference, string Reason) : OrderEvent;

/// <summary>A return or exchange was recorded, with its credit note amount (R45).</summary>
/// <param name="Return">The return.</param>
public sealed record ReturnRecorded(ReturnRecord Return) : OrderEvent;

/// <summary>One line of a settlement statement, naming the events it comes from.</summary>
/// <param name="Description">What the line is; personal data (R50): a payment's line names its remitter.</param>
/// <param name="Amount">The amount: positive is owed by the customer, negative is owed to the customer.</param>
/// <param name="Sources">The events it comes from (discriminator and key).</param>
public sealed record StatementLine([property: PersonalData] string Description, Money Amount, ValueList<string> Sources);

/// <summary>A settlement statement (R42–R45): every line with its sources, and the amount due (negative: refundable).</summary>
/// <param name="Lines">The lines; they sum exactly to <paramref name="AmountDue"/>.</param>
/// <param name="AmountDue">What the customer owes; negative when the company owes a refund.</param>
public sealed record SettlementStatement(ValueList<StatementLine> Lines, Money AmountDue)
{
    /// <summary>Gets a value indicating whether nothing is owed either way.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSettled => AmountDue.IsZero;

    /// <summary>Gets the balance's standing: the customer underpaid (owes), settled, or overpaid (refundable).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public BalanceStanding Standing => AmountDue.IsPositive ? BalanceStanding.Underpaid : AmountDue.IsNegative ? BalanceStanding.Overpaid : BalanceStanding.Settled;
}
