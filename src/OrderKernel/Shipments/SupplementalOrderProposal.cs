namespace OrderKernel;

/// <summary>A proposal to supply a shortfall beyond tolerance in a new order (R32), made when the order completes.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Product">The product.</param>
/// <param name="Missing">The quantity missing.</param>
public sealed record SupplementalOrderProposal(LineId Line, ProductId Product, Quantity Missing);
