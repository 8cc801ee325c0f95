namespace OrderKernel.Policies;

/// <summary>Options of the default sample policy.</summary>
public sealed record SamplePolicyOptions
{
    /// <summary>Gets a value indicating whether orders with a new product need a sample; default <see langword="true"/>.</summary>
    public bool NewProducts { get; init; } = true;

    /// <summary>Gets a value indicating whether non-standard lines need a sample; default <see langword="false"/>.</summary>
    public bool NonStandardLines { get; init; }

    /// <summary>Gets a value indicating whether every order needs a sample; default <see langword="false"/>.</summary>
    public bool AllOrders { get; init; }

    /// <summary>Gets the most sample units one round may send; default 2 (R14).</summary>
    public int MaxUnits { get; init; } = 2;
}
