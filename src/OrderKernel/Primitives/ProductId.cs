namespace OrderKernel;

/// <summary>Identifies a product (a catalogue item or a non-standard item).</summary>
public sealed record ProductId : Identifier
{
    private ProductId(string value)
        : base(value)
    {
    }

    /// <summary>Creates a product id.</summary>
    /// <param name="value">The host's identifier text.</param>
    /// <returns>The id.</returns>
    public static ProductId From(string value) => new(value);
}
