using NodaTime;

namespace OrderKernel;

/// <summary>Record the customer's confirmation of receipt.</summary>
/// <param name="ReceivedBy">Who received the goods; personal data (R50).</param>
/// <param name="ReceivedAt">When; not before the first dispatch, not in the future.</param>
public sealed record ConfirmDelivery([property: PersonalData] string ReceivedBy, Instant ReceivedAt) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ConfirmDelivery;

    internal override void CheckInput(InputCheck c) => c.Text("receivedBy", ReceivedBy).Instant("receivedAt", ReceivedAt);
}
