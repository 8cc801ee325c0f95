using System.IO.Compression;
using NodaTime;
using OrderKernel;
using OrderKernel.Policies;

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

// 4. Optional stages left out, with the diagram of the configured machine.
// <optional-stages>
var lean = OrderDecider.Create(OrderKernelOptions.Default
    .Without(OptionalStage.SampleRound)
    .Without(OptionalStage.FinalInspection));
var leanDiagram = lean.Lifecycle.ToMermaid(); // InProduction --> Inspected : CompleteProduction; no sample commands
// </optional-stages>

if (!leanDiagram.Contains("InProduction --> Inspected : CompleteProduction\n", StringComparison.Ordinal)
    || leanDiagram.Contains("RecordInspection", StringComparison.Ordinal) || leanDiagram.Contains("SendSample", StringComparison.Ordinal)
    || leanDiagram.Contains("sample-approved-if-required", StringComparison.Ordinal)
    || !OrderDecider.Create(OrderKernelOptions.Default).Lifecycle.ToMermaid().Contains("RecordInspection", StringComparison.Ordinal))
{
    Console.Error.WriteLine("FAIL: the optional stages were not left out of the configured lifecycle only");
    return 1;
}

// 5. The embedder's own role, allowed to issue a command.
// <own-roles>
var authorization = new AuthorizationPolicyOptions();
var ownRoles = OrderPolicies.Default with
{
    Authorization = AuthorizationPolicy.Create(authorization with
    {
        AllowedRoles = authorization.AllowedRoles.SetItem(CommandKind.RecordOrder, ValueList<Role>.Of(Role.OrderClerk, Role.Of("erp-order-desk"))),
    }),
};
var desk = Actor.Create("u-9", "ERP order desk", Role.Of("erp-order-desk"));
var byDesk = OrderDecider.Decide(received, new RecordOrder(1), DecisionContext.Create(Instant.FromUtc(2026, 3, 2, 2, 0), desk, ownRoles));
// </own-roles>

if (!byDesk.IsAccepted
    || OrderDecider.Decide(received, new RecordOrder(1), DecisionContext.Create(Instant.FromUtc(2026, 3, 2, 2, 0), desk)).Rejected?.Violations[0].Code != "auth.role-not-allowed")
{
    Console.Error.WriteLine("FAIL: the embedder's role was not allowed by its policy, or allowed without it");
    return 1;
}

// 6. A policy replaced by the embedder's own implementation: small orders need no quotation approval.
// <replaced-policy>
var smallOrdersUnapproved = OrderPolicies.Default with { Approval = new SmallOrdersNeedNoApproval(200_000m) };
// </replaced-policy>

var reviewed = byDesk.Accepted!.State;
reviewed = Step(reviewed, new SubmitForReview(), Role.SalesRepresentative, 3);
foreach (var (department, role, hour, criteria) in new[]
{
    (Department.Sales, Role.SalesManager, 4, new[] { ReviewCriterion.Compliance }),
    (Department.Production, Role.ProductionManager, 5, new[] { ReviewCriterion.Capacity, ReviewCriterion.Materials }),
    (Department.Technical, Role.TechnicalManager, 6, new[] { ReviewCriterion.Risks }),
})
{
    var findings = ValueList<ReviewFinding>.From(Array.ConvertAll(criteria, c => new ReviewFinding(c, true, "checked")));
    reviewed = Step(reviewed, new SignReview(department, ReviewVerdict.Approve, "OK", Duration.FromHours(8), findings), role, hour);
}

var prepare = new PrepareQuotation(1, ValueList<QuotationPrice>.Of(new QuotationPrice(LineId.From("10"), Money.Of(85.00m, Currency.USD), Percentage.Of(0m))), new LocalDate(2026, 3, 31));
var quoted = Step(reviewed, prepare, Role.SalesRepresentative, 7, smallOrdersUnapproved);
var acceptedQuote = Step(quoted, new AcceptQuotation(), Role.Customer, 8, smallOrdersUnapproved);
if (quoted.Quotation is not { Status: QuotationStatus.Approved, RequiredLevels.IsEmpty: true } || acceptedQuote.Status != OrderStatus.QuotationAccepted
    || Step(reviewed, prepare, Role.SalesRepresentative, 7).Quotation?.Status != QuotationStatus.PendingApproval)
{
    Console.Error.WriteLine("FAIL: the replaced approval policy was not used, or the default one was not kept");
    return 1;
}

Console.WriteLine($"Package consumer OK: {Path.GetFileName(nupkg)}");
return 0;

// One accepted step, by an actor with the role, at the hour of 2 March 2026 (UTC); a refusal fails the run.
static Order Step(Order state, OrderCommand command, Role role, int hour, OrderPolicies? policies = null) =>
    OrderDecider.Decide(state, command, DecisionContext.Create(Instant.FromUtc(2026, 3, 2, hour, 0), Actor.Create($"u-{hour}", role.Name, role), policies))
        .Match(accepted => accepted.State, rejected => throw new InvalidOperationException($"FAIL: {command.Kind} was refused: {rejected}"));

// <small-orders-policy>
/// <summary>No quotation approval below an amount; the standard approval levels above it.</summary>
internal sealed class SmallOrdersNeedNoApproval(decimal below) : IApprovalPolicy
{
    public ApprovalRequirement Require(in ApprovalRequest request) =>
        request.Amount.Amount < below ? new(default, Explain(request)) : ApprovalPolicy.Default.Require(request);

    public string Explain(in ApprovalRequest request) =>
        request.Amount.Amount < below ? $"{request.Amount} is below {below}: no approval needed (ERP-12)." : ApprovalPolicy.Default.Explain(request);
}
// </small-orders-policy>
