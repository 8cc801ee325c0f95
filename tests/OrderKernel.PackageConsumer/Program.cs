using System.IO.Compression;
using NodaTime;
using OrderKernel.Orders;
using OrderKernel.Primitives;

// 1. The package's contents: the DLL, its XML docs, the README and the license expression.
var nupkg = args.Length == 1 ? args[0] : throw new ArgumentException("usage: OrderKernel.PackageConsumer <path to OrderKernel.nupkg>");
using (var zip = ZipFile.OpenRead(nupkg))
{
    string[] required = ["lib/net10.0/OrderKernel.dll", "lib/net10.0/OrderKernel.xml", "README.md", "OrderKernel.nuspec"];
    foreach (var entry in required)
    {
        if (zip.GetEntry(entry) is null)
        {
            Console.Error.WriteLine($"FAIL: the package has no {entry}");
            return 1;
        }
    }

    using var nuspec = new StreamReader(zip.GetEntry("OrderKernel.nuspec")!.Open());
    var text = nuspec.ReadToEnd();
    if (!text.Contains("<license type=\"expression\">MIT</license>", StringComparison.Ordinal) || !text.Contains("<readme>README.md</readme>", StringComparison.Ordinal))
    {
        Console.Error.WriteLine("FAIL: the nuspec lacks the MIT license expression or the readme");
        return 1;
    }
}

// 2. The README quick start, compiled against the package.
// <quickstart>
var sales = Actor.Create("u-7", "Wang Wei", Role.SalesRepresentative);
var context = DecisionContext.Create(Instant.FromUtc(2026, 3, 2, 1, 0), sales); // the host passes its clock's value in
var receive = new ReceiveOrder(
    OrderId.From("ord-1"),
    CustomerInfo.Create(CustomerId.From("c-1"), "Pacific Retail", CustomerTier.Ordinary),
    Channel.Email, Priority.Normal, Currency.USD,
    ValueList<OrderLine>.Of(OrderLine.Create(LineId.From("10"), ProductId.From("TV-55"), "55\" UHD", Quantity.Pieces(2000), Money.Of(85.00m, Currency.USD))),
    new LocalDate(2026, 6, 30), "Asia/Shanghai", "AQL 1.0");

var result = OrderDecider.Decide(state: null, receive, context);
var message = result.TryGetAccepted(out var accepted)
    ? $"{accepted.State.Status}, version {accepted.State.Version}: {string.Join(", ", accepted.Events.Select(e => e.GetType().Name))}"
    : $"refused: {result.Rejected}"; // each violation as "code [rule]: message"
Console.WriteLine(message); // Received, version 1: OrderReceived
// </quickstart>

if (message != "Received, version 1: OrderReceived")
{
    Console.Error.WriteLine("FAIL: unexpected quick start outcome");
    return 1;
}

// 3. An embedder's own guard on a transition, from outside the assembly (issue 21, part 5).
// <embedder-guard>
var clerk = Actor.Create("u-3", "Li Na", Role.OrderClerk);
var decider = OrderDecider.Create(OrderKernelOptions.Default.WithGuard(
    CommandKind.RecordOrder, OrderStatus.Received, OrderStatus.Recorded,
    "credit-line-covers-order", "The customer's credit line covers the order.", "ERP-7",
    (order, _) => order.Customer.Tier == CustomerTier.Ordinary
        ? Violation.Of("ERP_CREDIT_LINE", $"Order {order.Id} is over the credit line of an ordinary customer.", "ERP-7")
        : null));
var received = decider.Decide(null, receive, DecisionContext.Create(Instant.FromUtc(2026, 3, 2, 1, 0), clerk)).AsT0.State;
var recorded = decider.Decide(received, new RecordOrder(1), DecisionContext.Create(Instant.FromUtc(2026, 3, 2, 2, 0), clerk));
// </embedder-guard>

if (!recorded.IsT1 || recorded.AsT1.Violations[0].Code != "ERP_CREDIT_LINE"
    || !decider.Lifecycle.ToMermaid().Contains("RecordOrder [order-complete, credit-line-covers-order]", StringComparison.Ordinal)
    || OrderDecider.Decide(received, new RecordOrder(1), DecisionContext.Create(Instant.FromUtc(2026, 3, 2, 2, 0), clerk)).IsT1)
{
    Console.Error.WriteLine("FAIL: the embedder's guard was not applied, drawn, or kept to its own decider");
    return 1;
}

Console.WriteLine($"Package consumer OK: {Path.GetFileName(nupkg)}");
return 0;
