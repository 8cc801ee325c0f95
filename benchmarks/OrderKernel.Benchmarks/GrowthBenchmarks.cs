using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel.Benchmarks;

/// <summary>
/// Growth with order size (issue 20, class 7): the largest order the kernel allows, driven through its whole life —
/// receive, record, review, quotation, contract, one payment per installment, production, inspection, release, two
/// dispatches (the first naming half the lines), delivery, a delay penalty, completion and close — then its statement,
/// its penalty and the replay of its events. <see cref="Lines"/> lines (same total value: 2,000 sets at 85.00 USD spread
/// over the lines) and as many installments up to 120 (non-whole shares from 100 on: the exact allocation path). Linear
/// work grows ×10 per step of <see cref="Lines"/>; docs/performance.md records the measured factors.
/// </summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private (OrderCommand Command, Actor Actor)[] _path = null!;
    private Order _closed = null!;
    private Order _delivered = null!;
    private OrderEvent[] _events = null!;
    private DecisionContext _assessor = null!;
    private AssessDelayPenalty _assess = null!;
    private PaymentTerms _manyInstallments = null!;
    private Money _contractAmount;

    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets or sets the number of order lines (installments: the same, at most 120).</summary>
    [Params(10, 100, 1000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path(Lines);
        (_closed, _events, _delivered, var deliveredAt) = Run(_path);
        _assessor = DecisionContext.Create(deliveredAt + Duration.FromHours(1), Fixtures.SalesManager);
        _assess = new AssessDelayPenalty(deliveredAt.InZone(Shanghai).Date, ValueList<string>.Of("Line 3"));
        _manyInstallments = Terms(Lines);
        _contractAmount = Money.Of(170_000.03m, Fixtures.Usd); // odd cents: units are left over for the largest remainders
    }

    /// <summary>Every decision of the order's life, from receipt to close.</summary>
    [Benchmark]
    public long WholeLife() => Run(_path).Closed.Version;

    /// <summary>The settlement statement of the closed order (R42–R44): the true-up over every line.</summary>
    [Benchmark]
    public int Statement() => Settlement.Statement(_closed, OrderPolicies.Default).Lines.Count;

    /// <summary>A delay penalty assessed on the delivered order: the bases over every line and dispatch (R39).</summary>
    [Benchmark]
    public int AssessPenalty() =>
        OrderDecider.Decide(_delivered, _assess, _assessor).AsT0.Events.Count;

    /// <summary>A contract amount split into <see cref="Lines"/> installments (above the planned limit of 120, to show the allocation's growth).</summary>
    [Benchmark]
    public int SplitInstallments() => _manyInstallments.Split(_contractAmount).Count;

    /// <summary>The closed order rebuilt from its events.</summary>
    [Benchmark]
    public long Replay() => OrderDecider.Replay(_events)!.Version;

    /// <summary>The commands of the whole life of an order of <paramref name="lines"/> lines.</summary>
    internal static (OrderCommand Command, Actor Actor)[] Path(int lines)
    {
        var usd = Fixtures.Usd;
        var installmentCount = Math.Min(lines, 120);
        var terms = Terms(installmentCount);
        var orderLines = new OrderLine[lines];
        var prices = new QuotationPrice[lines];
        var pieces = 2_000 / lines;
        for (var i = 0; i < lines; i++)
        {
            var id = LineId.From($"{(i + 1) * 10}");
            orderLines[i] = OrderLine.Create(id, ProductId.From($"TV-{i}"), "55in", Quantity.Pieces(pieces), Money.Of(85m, usd));
            prices[i] = new QuotationPrice(id, Money.Of(85m, usd), Percentage.Zero);
        }

        var receive = new ReceiveOrder(
            OrderId.From($"growth-{lines}"),
            CustomerInfo.Create(CustomerId.From("c-1"), "Customer", CustomerTier.Key), // normal terms, however small each line
            Channel.Email,
            Priority.Normal,
            usd,
            ValueList<OrderLine>.Of(orderLines),
            new LocalDate(2026, 6, 30),
            "Asia/Shanghai",
            "AQL 1.0",
            terms)
        {
            Aql = 1.0m,
        };
        var path = new List<(OrderCommand, Actor)>
        {
            (receive, Fixtures.Sales),
            (new RecordOrder(1), Fixtures.Clerk),
            (new SubmitForReview(), Fixtures.Sales),
            (new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Compliance, true, "ok"))), Fixtures.SalesManager),
            (new SignReview(Department.Production, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Capacity, true, "ok"), new ReviewFinding(ReviewCriterion.Materials, true, "ok"))), Fixtures.ProductionManager),
            (new SignReview(Department.Technical, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Risks, true, "ok"))), Fixtures.TechnicalManager),
            (new PrepareQuotation(1, ValueList<QuotationPrice>.Of(prices), new LocalDate(2026, 3, 31)), Fixtures.Sales),
            (new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Fixtures.Head),
            (new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), Fixtures.GeneralManager),
            (new AcceptQuotation(), Fixtures.Customer),
            (new SignContract(1), Fixtures.SalesManager),
            (new CheckContract(), Fixtures.Head),
            (new StampContract(), Fixtures.SalesManager),
            (new CountersignContract(), Fixtures.Customer),
            (Pay(0), Fixtures.Finance),
            (new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Fixtures.ProductionManager),
            (new CompleteProduction(), Fixtures.ProductionManager),
            (new RecordInspection(QualityGrade.First, 2000, 0, "ok"), Fixtures.Inspector),
        };
        for (var i = 1; i < installmentCount; i++)
        {
            path.Add((Pay(i), Fixtures.Finance));
        }

        var firstHalf = new ShippedLine[lines / 2];
        for (var i = 0; i < firstHalf.Length; i++)
        {
            firstHalf[i] = new ShippedLine(orderLines[i].Id, orderLines[i].Quantity);
        }

        path.Add((new ReleaseForShipment(), Fixtures.VicePresident));
        path.Add((new Ship("COSCO", "truck 1", "WB-1", default, ValueList<ShippedLine>.Of(firstHalf)), Fixtures.Warehouse));
        path.Add((new Ship("COSCO", "truck 2", "WB-2", default), Fixtures.Warehouse));
        path.Add((new ConfirmDelivery("dock", Instant.MinValue), Fixtures.Customer)); // receipt time set when run: see Run
        path.Add((new AssessDelayPenalty(default, ValueList<string>.Of("Line 3")), Fixtures.SalesManager)); // as of the day it runs
        path.Add((new CompleteOrder(), Fixtures.Sales));
        path.Add((new CloseOrder(), Fixtures.Finance));
        return [.. path];

        // The amount is the contract's installment, filled in when run (see Run); the reference names the installment.
        static ConfirmPayment Pay(int i) => new(Money.Zero(Fixtures.Usd), "Customer", PaymentInstrument.TelegraphicTransfer, $"TT-{i + 1}", Fixtures.Start);
    }

    /// <summary><paramref name="count"/> installments: the first on contract, the rest before shipment; shares summing to 100 %.</summary>
    internal static PaymentTerms Terms(int count)
    {
        var installments = new Installment[count];
        var each = decimal.Round(100m / count, 2, MidpointRounding.ToZero);
        var first = 100m - (each * (count - 1));
        for (var i = 0; i < count; i++)
        {
            installments[i] = Installment.Create($"part {i + 1}", Percentage.Of(i == 0 ? first : each), i == 0 ? InstallmentDue.OnContract : InstallmentDue.BeforeShipment);
        }

        return PaymentTerms.Create(PaymentInstrument.TelegraphicTransfer, installments);
    }

    /// <summary>Decides the path one command an hour from <see cref="Fixtures.Start"/>; the receipt is confirmed when recorded.</summary>
    internal static (Order Closed, OrderEvent[] Events, Order Delivered, Instant DeliveredAt) Run((OrderCommand Command, Actor Actor)[] path)
    {
        Order? state = null;
        Order? delivered = null;
        var deliveredAt = Fixtures.Start;
        var events = new List<OrderEvent>();
        var now = Fixtures.Start;
        foreach (var (command, actor) in path)
        {
            now += Duration.FromHours(1);
            var c = command switch
            {
                ConfirmDelivery d => d with { ReceivedAt = now },
                AssessDelayPenalty a => a with { AsOf = now.InZone(Shanghai).Date },
                ConfirmPayment p => p with { Amount = state!.Contract!.Installments[int.Parse(p.Reference[3..], CultureInfo.InvariantCulture) - 1].Amount },
                _ => command,
            };
            var result = OrderDecider.Decide(state, c, DecisionContext.Create(now, actor));
            var accepted = result.IsT0 ? result.AsT0 : throw new InvalidOperationException($"{command.Kind}: {result.AsT1}");
            state = accepted.State;
            events.AddRange(accepted.Events);
            if (c is ConfirmDelivery)
            {
                (delivered, deliveredAt) = (state, now);
            }
        }

        return (state!, [.. events], delivered!, deliveredAt);
    }
}
