using System;
using System.Linq;
using Ardalis.GuardClauses;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using L = OrderKernel.KernelLimits;

namespace OrderKernel.Testing;

/// <summary>
/// FsCheck 3 generators of valid values: money in a currency's scale, quantities, dates and instants inside
/// <see cref="KernelLimits"/>. Small values are likely, the limits themselves are drawn now and then. For values at and
/// past the limits see <see cref="BoundaryValues"/>.
/// </summary>
public static class ValueGen
{
    /// <summary>Gets the currencies the kernel knows.</summary>
    public static Gen<Currency> Currencies { get; } = Gen.Elements(Currency.All.ToArray());

    /// <summary>Positive amounts in a currency, in its minor units (e.g. cents for USD, none for JPY, fils for KWD), up to <see cref="KernelLimits.MaxAmount"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The generator.</returns>
    public static Gen<Money> Money(Currency currency)
    {
        Guard.Against.Null(currency);
        var unit = new decimal(1, 0, 0, false, (byte)currency.MinorUnits);
        return Gen.Frequency(
            (6, Gen.Choose(1, 1_000_000).Select(n => n * unit)),
            (3, Gen.Choose(1, 1_000_000).Select(n => n * 100m)),
            (1, Gen.Elements(unit, L.MaxAmount, L.MaxAmount - unit)))
            .Select(a => OrderKernel.Money.Of(a, currency));
    }

    /// <summary>Gets positive amounts in any currency.</summary>
    public static Gen<Money> AnyMoney { get; } = Currencies.SelectMany(Money);

    /// <summary>Gets piece counts from 1 up to <see cref="KernelLimits.MaxQuantity"/>.</summary>
    public static Gen<Quantity> Quantities { get; } = Gen.Frequency(
        (8, Gen.Choose(1, 10_000).Select(n => (decimal)n)),
        (1, Gen.Choose(1, 1_000_000).Select(n => n * 1_000m)),
        (1, Gen.Elements(1m, L.MaxQuantity)))
        .Select(Quantity.Pieces);

    /// <summary>Gets dates inside the supported range (<see cref="KernelLimits.MinDate"/> to <see cref="KernelLimits.MaxDate"/>), mostly near 2026.</summary>
    public static Gen<LocalDate> Dates { get; } = Gen.Frequency(
        (8, Gen.Choose(-3_650, 3_650).Select(d => new LocalDate(2026, 3, 2).PlusDays(d))),
        (1, Gen.Choose(0, Period.Between(L.MinDate, L.MaxDate, PeriodUnits.Days).Days).Select(d => L.MinDate.PlusDays(d))),
        (1, Gen.Elements(L.MinDate, L.MaxDate)));

    /// <summary>Gets instants inside the supported range (<see cref="KernelLimits.MinInstant"/> to <see cref="KernelLimits.MaxInstant"/>), mostly near 2026.</summary>
    public static Gen<Instant> Instants { get; } = Gen.Frequency(
        (8, Gen.Choose(-5_256_000, 5_256_000).Select(m => SeedOrder.Start + Duration.FromMinutes(m))),
        (1, Gen.Elements(L.MinInstant, L.MaxInstant)));

    /// <summary>Durations between two decisions: 1 minute to 10 hours.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Duration> Steps() => Gen.Choose(1, 600).Select(m => Duration.FromMinutes(m));

    /// <summary>A generator that picks from a list (a shortcut for FsCheck's <c>Gen.Elements</c>).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The values.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static Gen<T> OneOf<T>(ValueList<T> values) =>
        values.Count > 0 ? Gen.Elements<T>(values) : throw new ArgumentException("Nothing to pick from.", nameof(values));
}
