namespace OrderKernel;

/// <summary>Returns over the period (R45, R49).</summary>
/// <param name="DeliveredOrdersReturned">Of the orders delivered in the period, those with goods returned or exchanged by the period's end.</param>
/// <param name="ReturnRate">That share of the orders delivered in the period; zero when none was delivered.</param>
/// <param name="ReturnsRecorded">Returns for credit recorded in the period, over all orders.</param>
/// <param name="ExchangesRecorded">Exchanges recorded in the period, over all orders.</param>
/// <param name="Credits">The credit notes of the returns recorded in the period, one total per currency.</param>
public sealed record ReturnSummary(int DeliveredOrdersReturned, Percentage ReturnRate, int ReturnsRecorded, int ExchangesRecorded, ValueList<Money> Credits);
