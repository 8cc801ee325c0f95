using System.Text.Json.Nodes;
using OrderKernel.Serialization;

namespace OrderKernel.Host.Storage;

/// <summary>
/// Events and snapshots through the kernel's JSON contract: written with their versioned discriminators, read back
/// through <see cref="Upcast"/>, which brings rows stored in an older shape to the current one before typed reading.
/// </summary>
public static class EventCodec
{
    /// <summary>Writes an event.</summary>
    /// <param name="e">The event.</param>
    /// <returns>Its discriminator and JSON.</returns>
    public static (string Type, string Json) Write(OrderEvent e) => (OrderKernelJson.DiscriminatorOf(e), OrderKernelJson.Write(e));

    /// <summary>Reads a stored event; an unreadable row is reported, never skipped.</summary>
    /// <param name="orderId">The stream.</param>
    /// <param name="version">The row's version.</param>
    /// <param name="json">The stored JSON.</param>
    /// <returns>The event.</returns>
    /// <exception cref="CorruptStreamException">The row cannot be read or does not belong where it is stored.</exception>
    public static OrderEvent Read(string orderId, long version, string json)
    {
        var read = OrderKernelJson.ReadEvent(json, Upcast);
        if (read.TryPickT1(out var error, out var e))
        {
            throw new CorruptStreamException(orderId, version, "event", $"{error.Kind} at {error.Path}: {error.Message}");
        }

        if (e.Version != version || e.OrderId.Value != orderId)
        {
            throw new CorruptStreamException(orderId, version, "event", $"the row holds version {e.Version} of order '{e.OrderId.Value}'");
        }

        return e;
    }

    /// <summary>Reads a stored snapshot.</summary>
    /// <param name="orderId">The stream.</param>
    /// <param name="version">The row's version.</param>
    /// <param name="json">The stored JSON.</param>
    /// <returns>The order.</returns>
    /// <exception cref="CorruptStreamException">The snapshot cannot be read or does not match its row.</exception>
    public static Order ReadSnapshot(string orderId, long version, string json)
    {
        var read = OrderKernelJson.ReadSnapshot(json);
        if (read.TryPickT1(out var error, out var order))
        {
            throw new CorruptStreamException(orderId, version, "snapshot", $"{error.Kind} at {error.Path}: {error.Message}");
        }

        if (order.Version != version || order.Id.Value != orderId)
        {
            throw new CorruptStreamException(orderId, version, "snapshot", $"the row holds version {order.Version} of order '{order.Id.Value}'");
        }

        return order;
    }

    /// <summary>
    /// Upgrades an event stored in an older shape. The host's first schema wrote <c>order-recorded.v0</c> with the order
    /// number under <c>number</c>; the kernel's contract reads <c>order-recorded.v1</c> with <c>orderNumber</c>.
    /// </summary>
    /// <param name="node">The parsed event.</param>
    /// <returns>The event in the current shape.</returns>
    public static JsonNode Upcast(JsonNode node)
    {
        if (node is JsonObject o && (string?)o["type"] == "order-recorded.v0" && o["number"] is { } number)
        {
            o["type"] = "order-recorded.v1";
            o["orderNumber"] = number.DeepClone();
            o.Remove("number");
        }

        return node;
    }
}
