namespace OrderKernel.Policies;

/// <summary>Decides whether mass production needs a sample approved by the customer (R14).</summary>
public interface ISamplePolicy
{
    /// <summary>Tells whether an order needs an approved sample before release to production.</summary>
    /// <param name="lines">The order's lines (new and non-standard products).</param>
    /// <returns><see langword="true"/> when a sample must be approved first.</returns>
    bool RequiresApprovedSample(ValueList<OrderLine> lines);

    /// <summary>Gets the most sample units one round may send (R14: one or two).</summary>
    int MaxSampleUnits { get; }
}
