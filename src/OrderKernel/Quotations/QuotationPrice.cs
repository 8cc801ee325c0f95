namespace OrderKernel;

/// <summary>The price quoted for one order line: unit price and discount.</summary>
/// <param name="Line">The order line.</param>
/// <param name="UnitPrice">The unit price, in the order's currency.</param>
/// <param name="Discount">The discount, 0 % to 100 %.</param>
public sealed record QuotationPrice(LineId Line, Money UnitPrice, Percentage Discount);
