namespace OrderKernel;

/// <summary>Main material reserved for an order line when its review passed (R11).</summary>
/// <param name="Line">The order line.</param>
/// <param name="Product">The product.</param>
/// <param name="Quantity">The quantity reserved.</param>
public sealed record MaterialReservation(LineId Line, ProductId Product, Quantity Quantity);
