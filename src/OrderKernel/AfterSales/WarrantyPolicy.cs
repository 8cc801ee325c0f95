using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel.Policies;

/// <summary>What the warranty policy is asked: the line and the day it was delivered.</summary>
/// <param name="Line">The order line.</param>
/// <param name="DeliveredOn">The delivery date, in the order's time zone.</param>
public sealed record WarrantyQuestion(OrderLine Line, LocalDate DeliveredOn);

/// <summary>A line's warranty: its last day and why.</summary>
/// <param name="Ends">The last day covered.</param>
/// <param name="Basis">The explanation (which period, from which date).</param>
public sealed record WarrantyTerm(LocalDate Ends, string Basis);

/// <summary>Decides how long delivered goods are under warranty (R45): from the delivery date, per line or product.</summary>
public interface IWarrantyPolicy
{
    /// <summary>Gives a line's warranty.</summary>
    /// <param name="question">The line and its delivery date.</param>
    /// <returns>The warranty's last day and its explanation.</returns>
    WarrantyTerm WarrantyFor(WarrantyQuestion question);
}

/// <summary>Options of the default warranty policy.</summary>
public sealed record WarrantyPolicyOptions
{
    /// <summary>Gets the warranty period from the delivery date; default 12 months (the seeds' 保修期 names no length; a year is the common term).</summary>
    public Period Period { get; init; } = Period.FromMonths(12);

    /// <summary>Gets periods per product (the product kind), overriding <see cref="Period"/>; default none.</summary>
    public ImmutableDictionary<ProductId, Period> ByProduct { get; init; } = ImmutableDictionary<ProductId, Period>.Empty;
}

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
