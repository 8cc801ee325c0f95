namespace OrderKernel;

/// <summary>The order file area's slice of an order (R46): the documents attached.</summary>
internal sealed record OrderFileState
{
    /// <summary>Gets the documents, in order of attachment.</summary>
    public ValueList<OrderDocument> Documents { get; init; }
}
