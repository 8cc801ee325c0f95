using System.Collections.Immutable;
using NodaTime;

namespace OrderKernel.Policies;

/// <summary>Options of the default warranty policy.</summary>
public sealed record WarrantyPolicyOptions
{
    /// <summary>Gets the warranty period from the delivery date; default 12 months (the seeds' 保修期 names no length; a year is the common term).</summary>
    public Period Period { get; init; } = Period.FromMonths(12);

    /// <summary>Gets periods per product (the product kind), overriding <see cref="Period"/>; default none.</summary>
    public ImmutableDictionary<ProductId, Period> ByProduct { get; init; } = ImmutableDictionary<ProductId, Period>.Empty;
}
