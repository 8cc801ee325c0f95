using NodaTime;

namespace OrderKernel;

/// <summary>Enter the customer's completion of a returned order (R3).</summary>
/// <param name="Lines">The completed lines.</param>
/// <param name="RequestedDeliveryDate">The delivery date.</param>
/// <param name="QualityRequirements">The quality requirements.</param>
public sealed record CompleteOrderDetails(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CompleteOrderDetails;

    internal override void CheckInput(InputCheck c) => c.Lines("lines", Lines).Date("requestedDeliveryDate", RequestedDeliveryDate).OptionalText("qualityRequirements", QualityRequirements);
}
