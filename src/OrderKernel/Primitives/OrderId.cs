namespace OrderKernel;

/// <summary>Identifies an order.</summary>
public sealed record OrderId : Identifier
{
    private OrderId(string value)
        : base(value)
    {
    }

    /// <summary>Creates an order id.</summary>
    /// <param name="value">The host's identifier text.</param>
    /// <returns>The id.</returns>
    public static OrderId From(string value) => new(value);
}
