using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>A request to the customer to complete an incomplete order (R3).</summary>
public sealed record CompletionRequest
{
    [JsonConstructor]
    internal CompletionRequest(string reason, ValueList<string> missingItems, Instant requestedAt)
    {
        Reason = reason;
        MissingItems = missingItems;
        RequestedAt = requestedAt;
    }

    /// <summary>Gets the reason.</summary>
    public string Reason { get; }

    /// <summary>Gets the missing or invalid items the customer must supply.</summary>
    public ValueList<string> MissingItems { get; }

    /// <summary>Gets when the order was sent back.</summary>
    public Instant RequestedAt { get; }
}
