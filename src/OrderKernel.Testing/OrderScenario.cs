using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel.Testing;

/// <summary>
/// Drives an order to any status in one line, with the seeds' realistic defaults (the TV export order of
/// <see cref="SeedOrder"/>) and every choice overridable: <c>OrderScenario.Default.UpTo(OrderStatus.Inspected)</c>,
/// or <c>OrderScenario.Default with { Policies = mine }</c>. A refused step fails loudly with a
/// <see cref="ScenarioException"/> that holds the refusal.
/// </summary>
/// <remarks>
/// The commands that reach each stage are listed once, in <see cref="Steps"/>. A step whose command the lifecycle has no
/// edge for (a stage left out with <see cref="OrderKernelOptions.Without"/>) is skipped.
/// </remarks>
public sealed record OrderScenario
{
    /// <summary>Gets the seed order with the default policies.</summary>
    public static OrderScenario Default { get; } = new();

    /// <summary>Gets the order's id.</summary>
    public OrderId OrderId { get; init; } = SeedOrder.Id;

    /// <summary>Gets the customer.</summary>
    public CustomerInfo Customer { get; init; } = SeedOrder.Customer;

    /// <summary>Gets the order's currency; the default lines are priced in it.</summary>
    public Currency Currency { get; init; } = Currency.USD;

    /// <summary>Gets the lines; <see langword="null"/> (default) for the seed's 2,000 TV sets at 85 in <see cref="Currency"/>.</summary>
    public ValueList<OrderLine>? Lines { get; init; }

    /// <summary>Gets the requested delivery date; production is planned 15 days before it.</summary>
    public LocalDate DeliveryDate { get; init; } = SeedOrder.DeliveryDate;

    /// <summary>Gets the acceptable quality level agreed for the final inspection (R27); 1.0 by default.</summary>
    public decimal? Aql { get; init; } = 1.0m;

    /// <summary>Gets the order's time zone.</summary>
    public string TimeZoneId { get; init; } = SeedOrder.TimeZoneId;

    /// <summary>Gets the payment terms; <see langword="null"/> (default) for the policies' default terms.</summary>
    public PaymentTerms? Terms { get; init; }

    /// <summary>Gets who issues each step.</summary>
    public ScenarioActors Actors { get; init; } = ScenarioActors.Default;

    /// <summary>Gets the instant before the first decision.</summary>
    public Instant Start { get; init; } = SeedOrder.Start;

    /// <summary>Gets the time between two decisions; default one hour.</summary>
    public Duration Step { get; init; } = Duration.FromHours(1);

    /// <summary>Gets the policies.</summary>
    public OrderPolicies Policies { get; init; } = OrderPolicies.Default;

    /// <summary>Gets the kernel options (added guards, omitted stages); default none.</summary>
    public OrderKernelOptions Options { get; init; } = OrderKernelOptions.Default;

    /// <summary>A new driver with this scenario's policies, options and start.</summary>
    /// <returns>The driver, before the order exists.</returns>
    public OrderDriver NewDriver() =>
        new(Policies, ReferenceEquals(Options, OrderKernelOptions.Default) ? null : OrderDecider.Create(Options)) { Now = Start };

    /// <summary>Runs the happy path up to and including a stage.</summary>
    /// <param name="stage">The last stage to run.</param>
    /// <returns>The state, events and context reached.</returns>
    /// <exception cref="ScenarioException">A step was refused (a custom policy or guard makes the stage unreachable).</exception>
    public ScenarioRun Through(ScenarioStage stage) => new(this, Drive(NewDriver(), stage));

    /// <summary>
    /// Runs the happy path until the order is in a status. Statuses off the happy path are reached by a detour:
    /// <see cref="OrderStatus.AwaitingCompletion"/> (returned for completion), <see cref="OrderStatus.ReviewRejected"/>
    /// (production rejects), <see cref="OrderStatus.Lost"/> (the customer declines), <see cref="OrderStatus.Cancelled"/>
    /// (cancelled once recorded).
    /// </summary>
    /// <param name="status">The status to reach.</param>
    /// <returns>The state, events and context reached.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is <see cref="OrderStatus.Draft"/> (no order), or the lifecycle does not reach it.</exception>
    /// <exception cref="ScenarioException">A step was refused (a custom policy or guard makes the status unreachable).</exception>
    public ScenarioRun UpTo(OrderStatus status)
    {
        Guard.Against.EnumOutOfRange(status);
        var driver = NewDriver();
        var detour = Detour(status);
        if (detour is { } d)
        {
            Drive(driver, d.Before);
            foreach (var step in d.Steps)
            {
                Run(driver, step);
            }

            return Reached(driver, status);
        }

        foreach (var step in Enum.GetValues<ScenarioStage>().SelectMany(Steps))
        {
            Run(driver, step);
            if (driver.State?.Status == status)
            {
                return new ScenarioRun(this, driver);
            }
        }

        return Reached(driver, status);
    }

    /// <summary>Runs the happy path on a driver from one stage up to and including another.</summary>
    /// <param name="driver">The driver to continue.</param>
    /// <param name="until">The last stage to run.</param>
    /// <param name="from">The first stage to run.</param>
    /// <returns>The driver.</returns>
    /// <exception cref="ScenarioException">A step was refused.</exception>
    public OrderDriver Drive(OrderDriver driver, ScenarioStage until, ScenarioStage from = ScenarioStage.Received)
    {
        Guard.Against.Null(driver);
        foreach (var stage in Enum.GetValues<ScenarioStage>().Where(s => s >= from && s <= until))
        {
            foreach (var step in Steps(stage))
            {
                Run(driver, step);
            }
        }

        return driver;
    }

    /// <summary>The commands that reach a stage, in order: the one place the happy path is written down.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its steps.</returns>
    public IReadOnlyList<ScenarioStep> Steps(ScenarioStage stage)
    {
        var a = Actors;
        ScenarioStep S(Actor actor, Func<Order?, Instant, OrderCommand?> make) => new(stage, actor, make);
        return stage switch
        {
            ScenarioStage.Received => [S(a.Sales, (_, _) => new ReceiveOrder(OrderId, Customer, Channel.Email, Priority.Normal, Currency, OrderLines, DeliveryDate, TimeZoneId, "GB/T 1.1 sampling, AQL 1.0", Terms) { Aql = Aql })],
            ScenarioStage.Recorded => [S(a.Clerk, (_, _) => new RecordOrder(123))],
            ScenarioStage.Reviewed =>
            [
                S(a.Sales, (_, _) => new SubmitForReview()),
                S(a.SalesManager, (_, _) => SeedOrder.Approve(Department.Sales, Currency, Policies.Review)),
                S(a.ProductionManager, (_, _) => SeedOrder.Approve(Department.Production, Currency, Policies.Review)),
                S(a.TechnicalManager, (_, _) => SeedOrder.Approve(Department.Technical, Currency, Policies.Review)),
            ],
            ScenarioStage.Quoted => [S(a.Sales, (s, _) => new PrepareQuotation(12, Prices(s), Start.InZone(DateTimeZoneProviders.Tzdb[TimeZoneId]).Date.PlusDays(29)))],
            ScenarioStage.Approved =>
            [
                S(a.DepartmentHead, (_, _) => new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine")),
                S(a.GeneralManager, (s, _) => s?.Quotation is { Status: QuotationStatus.Approved } ? null : new ApproveQuotation(ApprovalLevel.GeneralManager, "approved")),
            ],
            ScenarioStage.Accepted => [S(a.Customer, (_, _) => new AcceptQuotation())],
            // R15: signed and numbered, checked by the department head, stamped and returned, countersigned by the customer
            // (with OptionalStage.ContractSignatureRound left out, signing alone puts the contract in force).
            ScenarioStage.Contracted =>
            [
                S(a.SalesManager, (_, _) => new SignContract(45)),
                S(a.DepartmentHead, (s, _) => s?.Contract is { IsInForce: true } ? null : new CheckContract()),
                S(a.SalesManager, (s, _) => s?.Contract is { IsInForce: true } ? null : new StampContract()),
                S(a.Customer, (s, _) => s?.Contract is { IsInForce: true } ? null : new CountersignContract()),
            ],
            ScenarioStage.DepositPaid => [S(a.Finance, (s, now) => Pay(s, c => c.Deposit, "TT-DEP-1", now))],
            ScenarioStage.InProduction => [S(a.ProductionManager, (_, _) => new ReleaseToProduction(DeliveryDate.PlusDays(-15)) { CapacityConfirmed = true, MaterialsReadyOn = DeliveryDate.PlusDays(-15) })],
            ScenarioStage.Produced =>
            [
                S(a.Production, (_, _) => new ReportProgress(Percentage.Of(50), "line 3 on schedule")),
                S(a.Production, (_, _) => new CompleteProduction()),
            ],
            ScenarioStage.Inspected => [S(a.QualityInspector, (s, _) => new RecordInspection(QualityGrade.First, LotSize(s), 1, "AQL 1.0 passed"))],
            ScenarioStage.BalancePaid => [S(a.Finance, (s, now) => Pay(s, c => c.DueBeforeShipment, "TT-BAL-1", now))],
            ScenarioStage.Released => [S(a.ShipmentReleaser, (_, _) => new ReleaseForShipment())],
            ScenarioStage.Shipped => [S(a.Warehouse, (_, _) => new Ship("COSCO Logistics", "driver ID-REF-0002, truck 沪A12345", "WB-778812", ValueList<string>.Of("commercial invoice", "packing list", "bill of lading")))],
            ScenarioStage.Delivered => [S(a.Customer, (_, now) => new ConfirmDelivery("ACME receiving dock", now))],
            ScenarioStage.Completed => [S(a.Sales, (_, _) => new CompleteOrder())],
            ScenarioStage.Closed => [S(a.Finance, (_, _) => new CloseOrder())],
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a scenario stage."),
        };
    }

    // The lot inspected is the whole order (the lines' quantities).
    private static int LotSize(Order? state) => (int)Math.Ceiling(Math.Min(int.MaxValue, state?.Lines.Sum(l => l.Quantity.Value) ?? 1m));

    private ValueList<OrderLine> OrderLines => Lines ?? ValueList<OrderLine>.Of(SeedOrder.TvLine(Money.Of(85.00m, Currency)));

    private ValueList<QuotationPrice> Prices(Order? state) =>
        ValueList<QuotationPrice>.From((state?.Lines ?? OrderLines).Select(l => new QuotationPrice(l.Id, l.UnitPrice ?? Money.Of(85.00m, Currency), Percentage.Of(0m))));

    private ConfirmPayment? Pay(Order? state, Func<Contract, Money> due, string reference, Instant now)
    {
        if (state?.Contract is not { } contract)
        {
            return null;
        }

        var amount = due(contract) - state.TotalPaid;
        return amount.IsPositive ? new ConfirmPayment(amount, Customer.Name, PaymentInstrument.TelegraphicTransfer, reference, now) : null;
    }

    private (ScenarioStage Before, ScenarioStep[] Steps)? Detour(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingCompletion => (ScenarioStage.Received, [new(ScenarioStage.Received, Actors.Sales, (_, _) => new ReturnForCompletion("check the specification", ValueList<string>.Of("firmware version")))]),
        OrderStatus.Cancelled => (ScenarioStage.Recorded, [new(ScenarioStage.Recorded, Actors.SalesManager, (_, _) => new CancelOrder("customer request", null))]),
        OrderStatus.ReviewRejected => (ScenarioStage.Recorded, [Steps(ScenarioStage.Reviewed)[0], Steps(ScenarioStage.Reviewed)[1], new(ScenarioStage.Reviewed, Actors.ProductionManager, (_, _) => new SignReview(Department.Production, ReviewVerdict.Reject, "no capacity", Duration.FromHours(2), default))]),
        OrderStatus.Lost => (ScenarioStage.Approved, [new(ScenarioStage.Accepted, Actors.Customer, (_, _) => new DeclineQuotation("price"))]),
        _ => null,
    };

    private ScenarioRun Reached(OrderDriver driver, OrderStatus status)
    {
        return driver.State?.Status == status
            ? new ScenarioRun(this, driver)
            : throw new ArgumentException($"The scenario does not reach {status} (it stopped at {driver.State?.Status.ToString() ?? "no order"}).", nameof(status));
    }

    private static void Run(OrderDriver driver, ScenarioStep step)
    {
        if (step.Make(driver.State, driver.Now) is not { } command)
        {
            return;
        }

        // A stage the configured lifecycle left out (the standard table has the edge, the configured one not): skip it.
        if (driver.State is { } state && driver.Lifecycle.From(state.Status, command.Kind).IsEmpty && !OrderLifecycle.Definition.From(state.Status, command.Kind).IsEmpty)
        {
            return;
        }

        driver.Do(command, step.Actor);
    }
}
