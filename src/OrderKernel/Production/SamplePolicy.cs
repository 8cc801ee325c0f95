using Ardalis.GuardClauses;

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

/// <summary>Creates sample policies.</summary>
public static class SamplePolicy
{
    /// <summary>Gets the default policy: a sample is required when a line is a new product.</summary>
    public static ISamplePolicy Default { get; } = Create(new SamplePolicyOptions());

    /// <summary>Creates the default sample policy over options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static ISamplePolicy Create(SamplePolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.NegativeOrZero(options.MaxUnits, nameof(options));
        return new DefaultSamplePolicy(options);
    }

    private sealed class DefaultSamplePolicy(SamplePolicyOptions options) : ISamplePolicy
    {
        public int MaxSampleUnits => options.MaxUnits;

        public bool RequiresApprovedSample(ValueList<OrderLine> lines)
        {
            if (options.AllOrders)
            {
                return true;
            }

            foreach (var line in lines)
            {
                if ((options.NewProducts && line.IsNewProduct) || (options.NonStandardLines && line.IsNonStandard))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
