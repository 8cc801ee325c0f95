using NodaTime;

namespace OrderKernel;

/// <summary>Goods returned or exchanged after delivery (R45), with the credit note's amount.</summary>
/// <param name="Line">The order line.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="Kind">Return or exchange.</param>
/// <param name="Reason">Why (complaint, warranty).</param>
/// <param name="Credit">The credit note's amount; zero for an exchange.</param>
/// <param name="RecordedAt">When.</param>
public sealed record ReturnRecord(LineId Line, Quantity Quantity, ReturnKind Kind, string Reason, Money Credit, Instant RecordedAt);
