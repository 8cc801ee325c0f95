using NodaTime;

namespace OrderKernel;

/// <summary>The signed shipment release, the only key that opens the warehouse (R30).</summary>
/// <param name="SignedBy">Who signed (a sales vice-president by default).</param>
/// <param name="SignedAt">When.</param>
/// <param name="PaidAtRelease">What had been paid when it was signed.</param>
public sealed record ShipmentRelease(ActorId SignedBy, Instant SignedAt, Money PaidAtRelease);

/// <summary>A quantity of an order line in a shipment.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity, in the line's unit.</param>
public sealed record ShippedLine(LineId Line, Quantity Quantity);

/// <summary>A dispatch (R31): carrier, the carrier's identity, waybill, documents and the quantities shipped.</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The driver's or vehicle's identity; personal data (R50): prefer a reference into the host's own register.</param>
/// <param name="Waybill">The waybill or bill of lading number.</param>
/// <param name="Documents">The shipping documents handed over.</param>
/// <param name="Lines">The quantities shipped per line.</param>
/// <param name="ShippedBy">Who dispatched.</param>
/// <param name="ShippedAt">When.</param>
public sealed record Shipment(string Carrier, [property: PersonalData] string CarrierIdentity, string Waybill, ValueList<string> Documents, ValueList<ShippedLine> Lines, ActorId ShippedBy, Instant ShippedAt);

/// <summary>The customer's confirmation of receipt (R38: complete when the customer confirms receipt).</summary>
/// <param name="ReceivedBy">Who received the goods; personal data (R50).</param>
/// <param name="ReceivedAt">When.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record Delivery([property: PersonalData] string ReceivedBy, Instant ReceivedAt, ActorId RecordedBy);

/// <summary>A letter of credit securing payment (R18): it covers installments due before shipment while valid.</summary>
/// <param name="Number">The L/C number.</param>
/// <param name="IssuingBank">The issuing bank.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Expiry">The last valid day, in the contract's time zone.</param>
/// <param name="RequiredDocuments">The documents the L/C requires for presentation.</param>
public sealed record LetterOfCredit(string Number, string IssuingBank, Money Amount, LocalDate Expiry, ValueList<string> RequiredDocuments);

/// <summary>An approved exception to the shipment release rule (R17: exceptions need approval), recorded with its reason.</summary>
/// <param name="Reason">Why the goods may leave before payment.</param>
/// <param name="ApprovedBy">Who approved.</param>
/// <param name="ApprovedAt">When.</param>
public sealed record ShipmentException(string Reason, ActorId ApprovedBy, Instant ApprovedAt);

/// <summary>A proposal to supply a shortfall beyond tolerance in a new order (R32), made when the order completes.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Product">The product.</param>
/// <param name="Missing">The quantity missing.</param>
public sealed record SupplementalOrderProposal(LineId Line, ProductId Product, Quantity Missing);

/// <summary>Sign the shipment release (R30). Only an authorised role may, and only when the money due before shipment is safe.</summary>
public sealed record ReleaseForShipment : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReleaseForShipment;
}

/// <summary>Approve an exception to the shipment release rule (R17), at the configured level (default general manager).</summary>
/// <param name="Reason">Why the goods may leave before payment.</param>
public sealed record ApproveShipmentException(string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApproveShipmentException;

    internal override void CheckInput(InputCheck c) => c.Text("reason", Reason);
}

/// <summary>Register the letter of credit securing the order (R18).</summary>
/// <param name="Number">The L/C number.</param>
/// <param name="IssuingBank">The issuing bank.</param>
/// <param name="Amount">The amount, in the order's currency.</param>
/// <param name="Expiry">The last valid day.</param>
/// <param name="RequiredDocuments">The documents required.</param>
public sealed record RegisterLetterOfCredit(string Number, string IssuingBank, Money Amount, LocalDate Expiry, ValueList<string> RequiredDocuments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RegisterLetterOfCredit;

    internal override void CheckInput(InputCheck c) => c.Key("number", Number).Text("issuingBank", IssuingBank).Money("amount", Amount).Date("expiry", Expiry).Texts("requiredDocuments", RequiredDocuments);
}

/// <summary>Dispatch goods against the signed release, recording the carrier and documents (R30–R31). Several dispatches make partial deliveries.</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The driver's or vehicle's identity; personal data (R50): prefer a reference into the host's own register.</param>
/// <param name="Waybill">The waybill number.</param>
/// <param name="Documents">The documents.</param>
/// <param name="Lines">The quantities shipped per line; empty ships everything not yet shipped.</param>
public sealed record Ship(string Carrier, [property: PersonalData] string CarrierIdentity, string Waybill, ValueList<string> Documents, ValueList<ShippedLine> Lines = default) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.Ship;

    internal override void CheckInput(InputCheck c) => c.Text("carrier", Carrier).Key("carrierIdentity", CarrierIdentity).Key("waybill", Waybill).Texts("documents", Documents).ShippedLines("lines", Lines);
}

/// <summary>Record the customer's confirmation of receipt.</summary>
/// <param name="ReceivedBy">Who received the goods; personal data (R50).</param>
/// <param name="ReceivedAt">When; not before the first dispatch, not in the future.</param>
public sealed record ConfirmDelivery([property: PersonalData] string ReceivedBy, Instant ReceivedAt) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ConfirmDelivery;

    internal override void CheckInput(InputCheck c) => c.Text("receivedBy", ReceivedBy).Instant("receivedAt", ReceivedAt);
}

/// <summary>The shipment release was signed (R30).</summary>
/// <param name="PaidAtRelease">What had been paid.</param>
public sealed record ShipmentReleased(Money PaidAtRelease) : OrderEvent;

/// <summary>An exception to the release rule was approved (R17).</summary>
/// <param name="Reason">The reason.</param>
public sealed record ShipmentExceptionApproved(string Reason) : OrderEvent;

/// <summary>A letter of credit was registered (R18).</summary>
/// <param name="LetterOfCredit">The letter of credit.</param>
public sealed record LetterOfCreditRegistered(LetterOfCredit LetterOfCredit) : OrderEvent;

/// <summary>Goods left with the carrier (R31).</summary>
/// <param name="Carrier">The carrier.</param>
/// <param name="CarrierIdentity">The carrier's identity; personal data (R50).</param>
/// <param name="Waybill">The waybill.</param>
/// <param name="Documents">The documents.</param>
/// <param name="Lines">The quantities shipped.</param>
public sealed record OrderShipped(string Carrier, [property: PersonalData] string CarrierIdentity, string Waybill, ValueList<string> Documents, ValueList<ShippedLine> Lines) : OrderEvent;

/// <summary>The customer confirmed receipt.</summary>
/// <param name="ReceivedBy">Who received; personal data (R50).</param>
/// <param name="ReceivedAt">When.</param>
public sealed record DeliveryConfirmed([property: PersonalData] string ReceivedBy, Instant ReceivedAt) : OrderEvent;

/// <summary>A shortfall beyond tolerance was found when the order completed; a supplemental order is proposed (R32, R44).</summary>
/// <param name="Proposal">The proposal.</param>
public sealed record SupplementalOrderProposed(SupplementalOrderProposal Proposal) : OrderEvent;
