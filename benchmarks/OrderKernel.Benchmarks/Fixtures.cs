using NodaTime;

namespace OrderKernel.Benchmarks;

/// <summary>The TV export order at each stage, built once through the public decider.</summary>
public static class Fixtures
{
    public static readonly Currency Usd = Currency.USD;
    public static readonly LineId Line = LineId.From("10");
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 1, 0);

    public static readonly Actor Sales = Actor.Create("sales", "sales", Role.SalesRepresentative);
    public static readonly Actor Clerk = Actor.Create("clerk", "clerk", Role.OrderClerk);
    public static readonly Actor SalesManager = Actor.Create("sm", "sm", Role.SalesManager);
    public static readonly Actor ProductionManager = Actor.Create("pm", "pm", Role.ProductionManager, Role.Production);
    public static readonly Actor TechnicalManager = Actor.Create("tm", "tm", Role.TechnicalManager);
    public static readonly Actor Head = Actor.Create("head", "head", Role.DepartmentHead);
    public static readonly Actor GeneralManager = Actor.Create("gm", "gm", Role.GeneralManager);
    public static readonly Actor Customer = Actor.Create("cust", "cust", Role.Customer);
    public static readonly Actor Finance = Actor.Create("fin", "fin", Role.Finance);
    public static readonly Actor Inspector = Actor.Create("qi", "qi", Role.QualityInspector);
    public static readonly Actor VicePresident = Actor.Create("vp", "vp", Role.SalesVicePresident);
    public static readonly Actor Warehouse = Actor.Create("wh", "wh", Role.Warehouse);

    public static ReceiveOrder Receive(string id = "bench-1") => new(
        OrderId.From(id),
        CustomerInfo.Create(CustomerId.From("c-1"), "Customer", CustomerTier.Ordinary),
        Channel.Email,
        Priority.Normal,
        Usd,
        ValueList<OrderLine>.Of(OrderLine.Create(Line, ProductId.From("TV"), "55in", Quantity.Pieces(2000), Money.Of(85m, Usd))),
        new LocalDate(2026, 6, 30),
        "Asia/Shanghai",
        "AQL 1.0")
    {
        Aql = 1.0m,
    };

    /// <summary>The happy path as (command, actor) pairs.</summary>
    public static (OrderCommand Command, Actor Actor)[] HappyPath() =>
    [
        (Receive(), Sales),
        (new RecordOrder(1), Clerk),
        (new SubmitForReview(), Sales),
        (new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Compliance, true, "ok"))), SalesManager),
        (new SignReview(Department.Production, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Capacity, true, "ok"), new ReviewFinding(ReviewCriterion.Materials, true, "ok"))), ProductionManager),
        (new SignReview(Department.Technical, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Risks, true, "ok"))), TechnicalManager),
        (new PrepareQuotation(1, ValueList<QuotationPrice>.Of(new QuotationPrice(Line, Money.Of(85m, Usd), Percentage.Zero)), new LocalDate(2026, 3, 31)), Sales),
        (new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Head),
        (new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), GeneralManager),
        (new AcceptQuotation(), Customer),
        (new SignContract(1), SalesManager),
        (new CheckContract(), Head),
        (new StampContract(), SalesManager),
        (new CountersignContract(), Customer),
        (new ConfirmPayment(Money.Of(51_000m, Usd), "Customer", PaymentInstrument.TelegraphicTransfer, "TT-1", Start), Finance),
        (new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, ProductionManager),
        (new CompleteProduction(), ProductionManager),
        (new RecordInspection(QualityGrade.First, 2000, 0, "ok"), Inspector),
        (new ConfirmPayment(Money.Of(119_000m, Usd), "Customer", PaymentInstrument.TelegraphicTransfer, "TT-2", Start), Finance),
        (new ReleaseForShipment(), VicePresident),
        (new Ship("COSCO", "driver", "WB-1", default), Warehouse),
        (new ConfirmDelivery("dock", Start + Duration.FromMinutes(21 * 60 + 30)), Customer),
        (new CompleteOrder(), Sales),
        (new CloseOrder(), Finance),
    ];

    /// <summary>One decision of the happy path: the state before it, the command, its context and the events it produced.</summary>
    public sealed record Step(string Name, Order? Before, OrderCommand Command, DecisionContext Context, OrderEvent[] Events);

    /// <summary>The happy path decision by decision, named "NN Kind" (e.g. "17 ReleaseForShipment").</summary>
    public static Step[] Steps()
    {
        var path = HappyPath();
        var steps = new Step[path.Length];
        Order? state = null;
        var now = Start;
        for (var i = 0; i < path.Length; i++)
        {
            now += Duration.FromHours(1);
            var context = DecisionContext.Create(now, path[i].Actor);
            var result = OrderDecider.Decide(state, path[i].Command, context);
            var accepted = result.IsT0 ? result.AsT0 : throw new InvalidOperationException($"{path[i].Command.Kind}: {result.AsT1}");
            steps[i] = new Step($"{i + 1:D2} {path[i].Command.Kind}", state, path[i].Command, context, [.. accepted.Events]);
            state = accepted.State;
        }

        return steps;
    }

    /// <summary>Runs the happy path and returns every intermediate state and all events.</summary>
    public static (Order?[] States, OrderEvent[] Events) Run()
    {
        var path = HappyPath();
        var states = new Order?[path.Length + 1];
        var events = new List<OrderEvent>();
        Order? state = null;
        var now = Start;
        for (var i = 0; i < path.Length; i++)
        {
            states[i] = state;
            now += Duration.FromHours(1);
            var result = OrderDecider.Decide(state, path[i].Command, DecisionContext.Create(now, path[i].Actor));
            var accepted = result.IsT0 ? result.AsT0 : throw new InvalidOperationException($"{path[i].Command.Kind}: {result.AsT1}");
            state = accepted.State;
            events.AddRange(accepted.Events);
        }

        states[path.Length] = state;
        return (states, events.ToArray());
    }
}
