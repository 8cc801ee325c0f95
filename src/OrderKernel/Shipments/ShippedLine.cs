namespace OrderKernel;

/// <summary>A quantity of an order line in a shipment.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity, in the line's unit.</param>
public sealed record ShippedLine(LineId Line, Quantity Quantity);
