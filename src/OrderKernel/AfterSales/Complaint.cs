using NodaTime;

namespace OrderKernel;

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
