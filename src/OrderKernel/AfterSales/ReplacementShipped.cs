namespace OrderKernel;

/// <summary>The replacement of an exchange shipped (R45).</summary>
/// <param name="ExchangeId">The exchange.</param>
/// <param name="Waybill">The waybill.</param>
public sealed record ReplacementShipped(string ExchangeId, string Waybill) : OrderEvent;
