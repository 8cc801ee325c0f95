namespace OrderKernel;

/// <summary>The customer's standing, weighed by acceptance, review and payment policies (R9).</summary>
public enum CustomerTier
{
    /// <summary>A key customer.</summary>
    Key,

    /// <summary>An ordinary customer.</summary>
    Ordinary,

    /// <summary>A new customer without history.</summary>
    New,
}
