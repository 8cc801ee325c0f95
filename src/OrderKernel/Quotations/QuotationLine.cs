namespace OrderKernel;

/// <summary>A quoted line (R13): quantity, unit price, discount, the acceptance surcharge (R9) and the rounded line amount.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="UnitPrice">The unit price.</param>
/// <param name="Discount">The discount.</param>
/// <param name="Surcharge">The surcharge of the acceptance terms (R9); 0 % on normal terms.</param>
/// <param name="Amount">The line amount: quantity × unit price × (1 − discount) × (1 + surcharge), rounded as the policies say.</param>
public sealed record QuotationLine(LineId Line, Quantity Quantity, Money UnitPrice, Percentage Discount, Percentage Surcharge, Money Amount);
