namespace OrderKernel;

/// <summary>Identifies a customer.</summary>
public sealed record CustomerId : Identifier
{
    private CustomerId(string value)
        : base(value)
    {
    }

    /// <summary>Creates a customer id.</summary>
    /// <param name="value">The host's identifier text.</param>
    /// <returns>The id.</returns>
    public static CustomerId From(string value) => new(value);
}
