using NodaTime;

namespace OrderKernel;

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
