using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

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
