namespace OrderKernel;

/// <summary>The order file at a stage (R46): every document attached, what the stage requires, and what is missing.</summary>
/// <param name="Status">The order's status when the file was listed.</param>
/// <param name="Documents">The documents attached, in order.</param>
/// <param name="Required">The documents the stage requires, with the reason.</param>
/// <param name="Missing">Those of <paramref name="Required"/> not attached: for a change form, one per applied change.</param>
public sealed record OrderFileReport(OrderStatus Status, ValueList<OrderDocument> Documents, ValueList<FileRequirement> Required, ValueList<FileRequirement> Missing)
{
    /// <summary>Gets a value indicating whether nothing is missing.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsComplete => Missing.IsEmpty;
}
