using NodaTime;

namespace OrderKernel;

/// <summary>Revise an order whose review was rejected, so a new round can start.</summary>
/// <param name="Lines">The revised lines.</param>
/// <param name="RequestedDeliveryDate">The revised delivery date.</param>
/// <param name="QualityRequirements">The revised quality requirements.</param>
/// <param name="Note">What was revised and why.</param>
public sealed record ReviseOrder(ValueList<OrderLine> Lines, LocalDate? RequestedDeliveryDate, string QualityRequirements, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReviseOrder;

    internal override void CheckInput(InputCheck c) => c.Lines("lines", Lines).Date("requestedDeliveryDate", RequestedDeliveryDate).OptionalText("qualityRequirements", QualityRequirements).Text("note", Note);
}
