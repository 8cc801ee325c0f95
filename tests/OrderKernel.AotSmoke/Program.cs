using NodaTime;
using OrderKernel;
using OrderKernel.Serialization;

// Drives an order from receipt to close under Native AOT and checks the outcome; exit code 0 means every check held.
var usd = Currency.USD;
var line = LineId.From("10");
var now = Instant.FromUtc(2026, 3, 2, 1, 0);
Order? state = null;
var events = new List<OrderEvent>();
var failures = 0;

void Run(OrderCommand command, Actor actor, bool expectAccepted = true)
{
    now += Duration.FromHours(1);
    var result = OrderDecider.Decide(state, command, DecisionContext.Create(now, actor));
    if (result.IsT0 != expectAccepted)
    {
        failures++;
        Console.Error.WriteLine($"FAIL {command.Kind}: expected {(expectAccepted ? "accepted" : "rejected")}, got {(result.IsT0 ? "accepted" : result.AsT1.ToString())}");
    }

    if (result.TryPickT0(out var accepted, out _))
    {
        state = accepted.State;
        events.AddRange(accepted.Events);
    }
}

Actor A(string id, Role role) => Actor.Create(id, id, role);

Run(new ReceiveOrder(OrderId.From("aot-1"), CustomerInfo.Create(CustomerId.From("c-1"), "Customer", CustomerTier.Ordinary), Channel.Email, Priority.Normal, usd,
    ValueList<OrderLine>.Of(OrderLine.Create(line, ProductId.From("TV"), "55in", Quantity.Pieces(2000), Money.Of(85m, usd))), new LocalDate(2026, 6, 30), "Asia/Shanghai", "AQL 1.0")
{
    Aql = 1.0m,
}, A("sales", Role.SalesRepresentative));
Run(new RecordOrder(1), A("clerk", Role.OrderClerk));
Run(new SubmitForReview(), A("sales", Role.SalesRepresentative));
Run(new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Compliance, true, "ok"))), A("sm", Role.SalesManager));
Run(new SignReview(Department.Production, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Capacity, true, "ok"), new ReviewFinding(ReviewCriterion.Materials, true, "ok"))), A("pm", Role.ProductionManager));
Run(new SignReview(Department.Technical, ReviewVerdict.Approve, "ok", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Risks, true, "ok"))), A("tm", Role.TechnicalManager));
Run(new PrepareQuotation(1, ValueList<QuotationPrice>.Of(new QuotationPrice(line, Money.Of(85m, usd), Percentage.Zero)), new LocalDate(2026, 3, 31)), A("sales", Role.SalesRepresentative));
Run(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), A("head", Role.DepartmentHead));
Run(new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), A("gm", Role.GeneralManager));
Run(new AcceptQuotation(), A("customer", Role.Customer));
Run(new SignContract(1), A("sm", Role.SalesManager));
Run(new CheckContract(), A("head", Role.DepartmentHead));
Run(new StampContract(), A("sm", Role.SalesManager));
Run(new CountersignContract(), A("customer", Role.Customer));
Run(new ConfirmPayment(Money.Of(51_000m, usd), "Customer", PaymentInstrument.TelegraphicTransfer, "TT-1", now), A("fin", Role.Finance));
Run(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, A("pm", Role.ProductionManager));
Run(new CompleteProduction(), A("pm", Role.ProductionManager));
Run(new RecordInspection(QualityGrade.First, 2000, 0, "ok"), A("qi", Role.QualityInspector));
Run(new ReleaseForShipment(), A("vp", Role.SalesVicePresident), expectAccepted: false);
Run(new ConfirmPayment(Money.Of(119_000m, usd), "Customer", PaymentInstrument.TelegraphicTransfer, "TT-2", now), A("fin", Role.Finance));
Run(new ReleaseForShipment(), A("vp", Role.SalesVicePresident));
Run(new Ship("COSCO", "driver 1", "WB-1", ValueList<string>.Of("invoice")), A("wh", Role.Warehouse));
Run(new ConfirmDelivery("dock", now), A("customer", Role.Customer));
Run(new CompleteOrder(), A("sales", Role.SalesRepresentative));
Run(new CloseOrder(), A("fin", Role.Finance));

if (state is not { Status: OrderStatus.Closed } || OrderDecider.Replay(events) != state || OrderLifecycle.Definition.ToMermaid().Length == 0)
{
    failures++;
    Console.Error.WriteLine($"FAIL final state {state?.Status}, replay equal: {OrderDecider.Replay(events) == state}");
}

// JSON under Native AOT: the snapshot, every event and a command round-trip; bad input gets a typed error.
if (OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(state!)).Match(o => o != state, _ => true))
{
    failures++;
    Console.Error.WriteLine("FAIL snapshot round trip");
}

foreach (var e in events)
{
    if (OrderKernelJson.ReadEvent(OrderKernelJson.Write(e)).Match(x => x != e, _ => true))
    {
        failures++;
        Console.Error.WriteLine($"FAIL event round trip {e.GetType().Name}");
    }
}

var command = new ConfirmPayment(Money.Of(1.50m, usd), "Customer", PaymentInstrument.TelegraphicTransfer, "TT-3", now);
if (OrderKernelJson.ReadCommand(OrderKernelJson.Write(command)).Match(c => c != command, _ => true)
    || OrderKernelJson.ReadCommand("{\"type\":\"record-order.v1\",\"sequence\":\"x\"}").Match(_ => true, err => err.Kind != JsonErrorKind.WrongType))
{
    failures++;
    Console.Error.WriteLine("FAIL command JSON");
}

// Personal data (R50): the redacting writer finds the [PersonalData] members through the generated metadata under AOT too;
// strict text: an enum name in another case is refused.
foreach (var e in events)
{
    if (e is OrderShipped shipped && (RedactingJsonWriter.Default.Write(shipped).Contains("driver 1", StringComparison.Ordinal) || !OrderKernelJson.Write(shipped).Contains("driver 1", StringComparison.Ordinal)))
    {
        failures++;
        Console.Error.WriteLine("FAIL personal data redaction");
    }
}

if (OrderKernelJson.ReadCommand(OrderKernelJson.Write(command).Replace("TelegraphicTransfer", "telegraphicTransfer", StringComparison.Ordinal)).Match(_ => true, err => err.Kind != JsonErrorKind.WrongType))
{
    failures++;
    Console.Error.WriteLine("FAIL strict enum names");
}

Console.WriteLine(failures == 0 ? $"AOT smoke OK: {events.Count} events, order {state!.Registration!.OrderNumber} closed." : $"AOT smoke FAILED: {failures} check(s).");
return failures == 0 ? 0 : 1;
