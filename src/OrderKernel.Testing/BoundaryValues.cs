using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using L = OrderKernel.KernelLimits;

namespace OrderKernel.Testing;

/// <summary>
/// FsCheck 3 generators of boundary values (issue 20): dates and instants near the supported limits and at the ends of
/// NodaTime's calendar, amounts near the maximum and past decimal's digits, quantities near the maximum, texts and keys
/// at and just past their maximum length, counts at the maximum, lone surrogates, odd enum text. Each generator mixes
/// values just inside the limit (which must be accepted and survive) with values just outside (which must be refused).
/// </summary>
public static class BoundaryValues
{
    /// <summary>Dates within 30 days of either supported limit (both sides), and the calendar's extremes.</summary>
    public static Gen<LocalDate> Dates { get; } = Gen.OneOf(
        Gen.Choose(0, 30).Select(d => L.MaxDate.PlusDays(-d)),
        Gen.Choose(1, 30).Select(d => L.MaxDate.PlusDays(d)),
        Gen.Choose(0, 30).Select(d => L.MinDate.PlusDays(d)),
        Gen.Choose(1, 30).Select(d => L.MinDate.PlusDays(-d)),
        Gen.Elements(LocalDate.MaxIsoValue, LocalDate.MinIsoValue, new LocalDate(9999, 12, 31), new LocalDate(9999, 12, 30), new LocalDate(2199, 12, 31)));

    /// <summary>Instants near the supported limits and at NodaTime's extremes.</summary>
    public static Gen<Instant> Instants { get; } = Gen.OneOf(
        Gen.Choose(0, 240).Select(h => L.MaxInstant - Duration.FromHours(h)),
        Gen.Choose(1, 240).Select(h => L.MaxInstant + Duration.FromHours(h)),
        Gen.Choose(0, 240).Select(h => L.MinInstant + Duration.FromHours(h)),
        Gen.Elements(Instant.MaxValue, Instant.MinValue, Instant.FromUtc(9999, 12, 31, 23, 59)));

    /// <summary>Amounts (major units, two decimals at most) near the maximum, just past it, and past what decimal holds exactly.</summary>
    public static Gen<decimal> Amounts { get; } = Gen.OneOf(
        Gen.Choose(0, 1_000).Select(k => L.MaxAmount - (k * 0.01m)),
        Gen.Choose(1, 1_000).Select(k => L.MaxAmount + (k * 0.01m)),
        Gen.Elements(decimal.MaxValue, 1234567890123456789012345678m, 79228162514264337593543950334m, 0.01m, L.MaxAmount / 2000m));

    /// <summary>Quantities near the maximum, just past it, and extreme decimals.</summary>
    public static Gen<decimal> Quantities { get; } = Gen.OneOf(
        Gen.Choose(0, 100).Select(k => L.MaxQuantity - k),
        Gen.Choose(1, 100).Select(k => L.MaxQuantity + k),
        Gen.Elements(decimal.MaxValue, 0.0000000000000000000000000001m, 1e20m));

    /// <summary>Lone surrogates, alone or inside text (UTF-16 that is not valid Unicode).</summary>
    public static Gen<string> LoneSurrogates { get; } = Gen.Elements("\ud800", "\udbff", "\udc00", "\udfff", "ok \ud800 ok", "\udc00\ud800", "x\ud83d");

    /// <summary>Texts at, just under and just over the maximum length; empty, blank, and with lone surrogates.</summary>
    public static Gen<string> Texts { get; } = Gen.Frequency(
        (6, Gen.Elements(L.MaxTextLength - 1, L.MaxTextLength, L.MaxTextLength + 1, 1).Select(n => new string('t', n))),
        (2, LoneSurrogates),
        (1, Gen.Elements(string.Empty, "   ", "\t")));

    /// <summary>Keys (idempotency keys) at, under and over the maximum length, and with lone surrogates.</summary>
    public static Gen<string> Keys { get; } = Gen.Frequency(
        (6, Gen.Choose(L.MaxKeyLength - 2, L.MaxKeyLength + 2).Select(n => new string('k', n))),
        (1, LoneSurrogates),
        (1, Gen.Elements(string.Empty, " ")));

    /// <summary>Counts of list items at the maximum and around it (lines are generated rarely: an order of 1,000 lines is slow to drive).</summary>
    public static Gen<int> ListCounts { get; } = Gen.Elements(L.MaxListItems - 1, L.MaxListItems, L.MaxListItems + 1, 0, 1);

    /// <summary>Line counts: mostly small, sometimes the maximum or one past it.</summary>
    public static Gen<int> LineCounts { get; } = Gen.Frequency((28, Gen.Elements(1, 2)), (1, Gen.Constant(L.MaxLines)), (1, Gen.Constant(L.MaxLines + 1)));

    /// <summary>Text that names an enum member leniently: other case, padded, a flag list, a number, empty.</summary>
    /// <param name="valid">A member's name.</param>
    /// <param name="other">Another member's name.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> OddEnumText(string valid, string other) => Gen.Elements(
        valid.ToLowerInvariant(), valid.ToUpperInvariant(), " " + valid, valid + " ", valid + ", " + other, valid + "," + other, "7", "1", "-1", string.Empty, valid[..Math.Min(2, valid.Length)].ToLowerInvariant());

    /// <summary>
    /// A command carrying boundary values, with the actor the default policies expect for it: a mix of every kind of
    /// boundary (dates, instants, amounts, quantities, texts, keys, counts) over the commands that carry them.
    /// </summary>
    public static Gen<CommandTemplate> Commands { get; } = Gen.OneOf(
        Dates.Select(d => new CommandTemplate($"receive delivery {d}", (_, _) => SeedOrder.Receive(delivery: d), SeedActors.Sales)),
        Amounts.Select(a => new CommandTemplate($"receive price {a}", (_, _) => SeedOrder.Receive(line: Line(1m, a)), SeedActors.Sales)),
        Quantities.Select(q => new CommandTemplate($"receive quantity {q}", (_, _) => SeedOrder.Receive(line: Line(q, 85m)), SeedActors.Sales)),
        LineCounts.Select(n => new CommandTemplate($"receive {n} lines", (_, _) => SeedOrder.Receive() with { Lines = ValueList<OrderLine>.From(Enumerable.Range(1, n).Select(i => Line(10m, 85m, i.ToString(System.Globalization.CultureInfo.InvariantCulture)))) }, SeedActors.Sales)),
        Texts.Select(t => new CommandTemplate($"receive specification of {t.Length}", (_, _) => SeedOrder.Receive(line: OrderLine.Create(SeedOrder.Line, ProductId.From("TV-55-UHD"), t, Quantity.Pieces(2000), SeedOrder.UnitPrice)), SeedActors.Sales)),
        Dates.Select(d => new CommandTemplate($"quotation valid until {d}", (_, _) => new PrepareQuotation(12, SeedOrder.Prices(), d), SeedActors.Sales)),
        Dates.Select(d => new CommandTemplate($"production planned {d}", (_, _) => new ReleaseToProduction(d) { CapacityConfirmed = true, MaterialsReadyOn = d }, SeedActors.ProductionManager)),
        Dates.Select(d => new CommandTemplate($"excusable delay to {d}", (_, _) => new RecordExcusableDelay(ExcusableCause.ForceMajeure, d == LocalDate.MinIsoValue ? d : d.PlusDays(-1), d, "storm"), SeedActors.SalesManager)),
        Dates.Select(d => new CommandTemplate($"penalty as of {d}", (_, _) => new AssessDelayPenalty(d, ValueList<string>.Of("Line 3")), SeedActors.SalesManager)),
        Dates.Select(d => new CommandTemplate($"L/C expiring {d}", (s, _) => new RegisterLetterOfCredit("LC-B", "BoC", Money.Of(119_000m, Currency.USD), d, ValueList<string>.Of("invoice")), SeedActors.Finance)),
        Amounts.Select(a => new CommandTemplate($"pay {a}", (_, now) => SeedOrder.Pay(a, "TT-B-" + now.ToUnixTimeTicks(), now), SeedActors.Finance)),
        Instants.Select(i => new CommandTemplate($"pay received at {i}", (_, _) => SeedOrder.Pay(1_000m, "TT-BI-" + i.ToUnixTimeTicks(), i), SeedActors.Finance)),
        Instants.Select(i => new CommandTemplate($"delivered at {i}", (_, _) => new ConfirmDelivery("dock", i), SeedActors.Customer)),
        Amounts.Select(a => new CommandTemplate($"refund {a}", (_, now) => new RecordRefund(Money.Of(a, Currency.USD), "RF-B-" + now.ToUnixTimeTicks(), "x"), SeedActors.Finance)),
        Amounts.Select(a => new CommandTemplate($"cancel with costs {a}", (_, _) => new CancelOrder("x", Money.Of(a, Currency.USD)), SeedActors.SalesManager)),
        Texts.Select(t => new CommandTemplate($"hold for a reason of {t.Length}", (_, _) => new PlaceHold(HoldCode.Credit, t), SeedActors.FinanceManager)),
        Keys.Select(k => new CommandTemplate($"hold keyed {k.Length}", (_, _) => new PlaceHold(HoldCode.Credit, "check") { IdempotencyKey = k }, SeedActors.FinanceManager)),
        Texts.Select(t => new CommandTemplate($"step note of {t.Length}", (_, _) => new CompleteStep(TrackedStep.PlanApproved, t), SeedActors.ProductionManager)),
        ListCounts.Select(n => new CommandTemplate($"ship {n} documents", (_, _) => new Ship("COSCO", "truck", "WB-B", ValueList<string>.From(Enumerable.Range(0, n).Select(i => "doc " + i))), SeedActors.Warehouse)),
        Gen.Elements(Duration.MaxValue, Duration.MinValue, L.MaxDuration, L.MaxDuration + Duration.FromDays(1)).Select(d => new CommandTemplate($"production exception delay {d}", (_, _) => new ReportProductionException("stop", d), SeedActors.Production)),
        Gen.Elements(long.MaxValue, L.MaxSequence, L.MaxSequence + 1).Select(n => new CommandTemplate($"record order {n}", (_, _) => new RecordOrder(n), SeedActors.Clerk)),
        Gen.Elements(int.MaxValue, L.MaxCount, L.MaxCount + 1).Select(n => new CommandTemplate($"inspection sample {n}", (_, _) => new RecordInspection(QualityGrade.First, n, 0, "ok"), SeedActors.QualityInspector)));

    private static OrderLine Line(decimal quantity, decimal price, string id = "10") =>
        OrderLine.Create(LineId.From(id), ProductId.From("TV-55-UHD"), "55\" UHD", Quantity.Pieces(quantity), Money.Of(price, Currency.USD));
}
