using NodaTime;

namespace OrderKernel;

/// <summary>How a complaint is resolved (R45).</summary>
public enum ComplaintRemedy
{
    /// <summary>The goods are repaired: free within warranty, charged outside it if the company says so.</summary>
    Repair,

    /// <summary>The goods are replaced: an exchange is opened for the complaint's quantity (free within warranty, charged outside it if the company says so).</summary>
    Replacement,

    /// <summary>Money is refunded: a credit note on the settlement, at most the complained goods' net value and what the customer paid less earlier credits.</summary>
    Refund,
}

/// <summary>A complaint's resolution and its settlement effect (R45).</summary>
/// <param name="Remedy">Repair, replacement or refund.</param>
/// <param name="Credit">What is credited to the customer (a refund); zero otherwise.</param>
/// <param name="Charge">What the customer is charged (a repair or replacement outside warranty); zero otherwise.</param>
/// <param name="Note">The resolution's note.</param>
/// <param name="ResolvedBy">Who resolved it.</param>
/// <param name="ResolvedAt">When.</param>
public sealed record ComplaintResolution(ComplaintRemedy Remedy, Money Credit, Money Charge, string Note, ActorId ResolvedBy, Instant ResolvedAt);

/// <summary>A customer complaint about delivered goods (R45), with its warranty standing and, once resolved, its resolution.</summary>
/// <param name="Id">The complaint's id, unique within the order.</param>
/// <param name="Line">The order line complained about.</param>
/// <param name="Quantity">The quantity affected.</param>
/// <param name="Description">What is wrong.</param>
/// <param name="WarrantyEnds">The last day of the line's warranty (from the delivery date, by the warranty policy).</param>
/// <param name="WithinWarranty">Whether the complaint was registered on or before <paramref name="WarrantyEnds"/>.</param>
/// <param name="WarrantyBasis">The policy's explanation of the warranty period.</param>
/// <param name="RegisteredBy">Who registered it.</param>
/// <param name="RegisteredAt">When.</param>
/// <param name="Resolution">The resolution; <see langword="null"/> while open.</param>
public sealed record Complaint(string Id, LineId Line, Quantity Quantity, string Description, LocalDate WarrantyEnds, bool WithinWarranty, string WarrantyBasis, ActorId RegisteredBy, Instant RegisteredAt, ComplaintResolution? Resolution);

/// <summary>An exchange (R45): goods taken back and replaced in kind, with no credit; open until the replacement ships.</summary>
/// <param name="Id">The exchange's id, unique within the order.</param>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity exchanged.</param>
/// <param name="Reason">Why.</param>
/// <param name="ComplaintId">The complaint it resolves; <see langword="null"/> for an exchange asked for directly.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="Waybill">The replacement's waybill; <see langword="null"/> until shipped.</param>
/// <param name="ShippedAt">When the replacement shipped; <see langword="null"/> until then.</param>
public sealed record Exchange(string Id, LineId Line, Quantity Quantity, string Reason, string? ComplaintId, Instant OpenedAt, string? Waybill, Instant? ShippedAt);

/// <summary>Register a customer complaint about delivered goods (R45); the warranty policy says whether it is within warranty.</summary>
/// <param name="ComplaintId">The complaint's id, unique within the order.</param>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity affected; at most what was shipped of the line.</param>
/// <param name="Description">What is wrong.</param>
public sealed record RegisterComplaint(string ComplaintId, LineId Line, Quantity Quantity, string Description) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RegisterComplaint;

    internal override void CheckInput(InputCheck c) => c.Key("complaintId", ComplaintId).Present("line", Line).Quantity("quantity", Quantity).Text("description", Description);
}

/// <summary>Resolve a complaint by repair, replacement or refund (R45).</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Remedy">Repair, replacement or refund.</param>
/// <param name="Amount">For a refund, the amount credited (required); for a repair or replacement outside warranty, an optional charge; otherwise none.</param>
/// <param name="Note">The resolution's note.</param>
public sealed record ResolveComplaint(string ComplaintId, ComplaintRemedy Remedy, Money? Amount, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ResolveComplaint;

    internal override void CheckInput(InputCheck c) => c.Key("complaintId", ComplaintId).Defined("remedy", Remedy).Money("amount", Amount).Text("note", Note);
}

/// <summary>Open an exchange: the customer sends goods back for a replacement in kind, with no credit (R45).</summary>
/// <param name="ExchangeId">The exchange's id, unique within the order.</param>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity; with earlier exchanges and returns of the line, at most what was shipped.</param>
/// <param name="Reason">Why.</param>
public sealed record OpenExchange(string ExchangeId, LineId Line, Quantity Quantity, string Reason) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.OpenExchange;

    internal override void CheckInput(InputCheck c) => c.Key("exchangeId", ExchangeId).Present("line", Line).Quantity("quantity", Quantity).Text("reason", Reason);
}

/// <summary>Ship the replacement of an open exchange (R45).</summary>
/// <param name="ExchangeId">The exchange.</param>
/// <param name="Waybill">The replacement's waybill.</param>
public sealed record ShipReplacement(string ExchangeId, string Waybill) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ShipReplacement;

    internal override void CheckInput(InputCheck c) => c.Key("exchangeId", ExchangeId).Key("waybill", Waybill);
}

/// <summary>A complaint was registered, with its warranty standing (R45).</summary>
/// <param name="Complaint">The complaint.</param>
public sealed record ComplaintRegistered(Complaint Complaint) : OrderEvent;

/// <summary>A complaint was resolved; a replacement also opens its exchange (R45).</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Resolution">The resolution.</param>
public sealed record ComplaintResolved(string ComplaintId, ComplaintResolution Resolution) : OrderEvent;

/// <summary>An exchange was opened (R45).</summary>
/// <param name="Exchange">The exchange.</param>
public sealed record ExchangeOpened(Exchange Exchange) : OrderEvent;

/// <summary>The replacement of an exchange shipped (R45).</summary>
/// <param name="ExchangeId">The exchange.</param>
/// <param name="Waybill">The waybill.</param>
public sealed record ReplacementShipped(string ExchangeId, string Waybill) : OrderEvent;
