using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>The order number assigned when the order was recorded (R2).</summary>
public sealed record Registration
{
    [JsonConstructor]
    internal Registration(string orderNumber, long sequence, Instant recordedAt)
    {
        OrderNumber = orderNumber;
        Sequence = sequence;
        RecordedAt = recordedAt;
    }

    /// <summary>Gets the order number, e.g. <c>SO-2026-000123</c>.</summary>
    public string OrderNumber { get; }

    /// <summary>Gets the host-supplied sequence value it was formatted from.</summary>
    public long Sequence { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }
}
