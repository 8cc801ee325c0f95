using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Creates warranty policies.</summary>
public static class WarrantyPolicy
{
    /// <summary>Gets the default warranty policy: 12 months from delivery.</summary>
    public static IWarrantyPolicy Default { get; } = Create(new WarrantyPolicyOptions());

    /// <summary>Creates the default warranty policy over options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IWarrantyPolicy Create(WarrantyPolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(options.Period, nameof(options));
        Guard.Against.Null(options.ByProduct, nameof(options));
        return new DefaultWarrantyPolicy(options);
    }

    private sealed class DefaultWarrantyPolicy(WarrantyPolicyOptions options) : IWarrantyPolicy
    {
        public WarrantyTerm WarrantyFor(WarrantyQuestion question)
        {
            Guard.Against.Null(question);
            var (period, basis) = options.ByProduct.TryGetValue(question.Line.Product, out var own)
                ? (own, $"{own} for product {question.Line.Product}")
                : (options.Period, $"{options.Period} for every product");
            var ends = question.DeliveredOn.Plus(period).PlusDays(-1);
            return new WarrantyTerm(ends, $"{basis} from delivery on {question.DeliveredOn:uuuu-MM-dd} (R45)");
        }
    }
}
