namespace OrderKernel;

/// <summary>An exchange was opened (R45).</summary>
/// <param name="Exchange">The exchange.</param>
public sealed record ExchangeOpened(Exchange Exchange) : OrderEvent;
