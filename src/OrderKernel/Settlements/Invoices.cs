using NodaTime;

namespace OrderKernel;

/// <summary>A numbered invoice (R43), for the whole order's remaining amount or for one delivery.</summary>
/// <param name="Number">The invoice number from the numbering policy, e.g. <c>INV-2026-000007</c>.</param>
/// <param name="Sequence">The host's sequence value it was formatted from.</param>
/// <param name="Amount">The invoiced amount.</param>
/// <param name="Shipment">The delivery it invoices (1 for the first shipment), or <see langword="null"/> for the whole order.</param>
/// <param name="IssuedAt">When it was issued.</param>
public sealed record Invoice(string Number, long Sequence, Money Amount, int? Shipment, Instant IssuedAt);
