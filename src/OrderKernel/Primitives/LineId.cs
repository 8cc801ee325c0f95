namespace OrderKernel;

/// <summary>Identifies an order line within its order.</summary>
public sealed record LineId : Identifier
{
    private LineId(string value)
        : base(value)
    {
    }

    /// <summary>Creates a line id.</summary>
    /// <param name="value">The identifier text, e.g. <c>10</c>.</param>
    /// <returns>The id.</returns>
    public static LineId From(string value) => new(value);
}
