namespace OrderKernel;

/// <summary>The two stages of contract review (R6).</summary>
public enum ReviewStage
{
    /// <summary>Initial review of the basics: customer, products, price.</summary>
    Initial,

    /// <summary>Re-review of the details: delivery, payment terms, special requirements.</summary>
    Detail,
}
