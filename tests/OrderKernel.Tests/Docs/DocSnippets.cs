using System.Text.Json.Nodes;
using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;
using SmallOrdersNeedNoApproval = OrderKernel.Tests.Docs.EmbedderDocSnippets.Embedder.SmallOrdersNeedNoApproval;

namespace OrderKernel.Tests.Docs;

/// <summary>
/// Every C# block of docs/**/*.md (user and developer guide), compiled and run here. <see cref="DocSnippetTests"/> fails when a block in the docs is not
/// found verbatim (after removing this file's indentation) in this file.
/// </summary>
public class DocSnippets
{
    [Fact]
    public void Reviews_FinanceSignsWithTheCreditPosition()
    {
        var sign = new SignReview(Department.Finance, ReviewVerdict.Approve, "within limit", Duration.FromHours(4),
            ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.CreditOrBudget, true, "exposure 30,000 of 200,000")))
        {
            Credit = new CreditPosition(Money.Of(30_000m, Currency.USD), Money.Of(200_000m, Currency.USD)),
        };

        Assert.Equal(Money.Of(200_000m, Currency.USD), sign.Credit!.Limit);
    }

    [Fact]
    public void Authorization_ConfigureRoles()
    {
        var options = new AuthorizationPolicyOptions();
        var policies = OrderPolicies.Default with
        {
            Authorization = AuthorizationPolicy.Create(options with
            {
                AllowedRoles = options.AllowedRoles.SetItem(CommandKind.Ship, ValueList<Role>.Of(Role.Warehouse, Role.Of("logistics"))),
            }),
        };

        Assert.Null(policies.Authorization.Authorize(Actor.Create("l", "logistics", Role.Of("logistics")), CommandKind.Ship));
    }

    [Fact]
    public void OrderFile_AnExportersTable()
    {
        var options = new OrderFilePolicyOptions();
        var policies = OrderPolicies.Default with
        {
            OrderFile = OrderFilePolicy.Create(options with
            {
                RequiredFrom = options.RequiredFrom.SetItem(Milestone.Shipped,
                    ValueList<DocumentKind>.Of(DocumentKind.DeliveryNote, DocumentKind.CustomsDeclaration, DocumentKind.ClearancePapers)),
            }),
        };

        Assert.Equal(3, policies.OrderFile.Requirements(new OrderFileQuestion(ValueList<Milestone>.Of(Milestone.Shipped), false, 0)).Count);
    }

    [Fact]
    public void Authorization_RelaxSeparationOfDuties()
    {
        var policies = OrderPolicies.Default with
        {
            // A small shop whose vice-president also runs the warehouse:
            SeparationOfDuties = SeparationOfDutiesPolicy.Create(new SeparationOfDutiesPolicyOptions().Without(Duty.ReleaseShipment, Duty.Dispatch)),
        };
        // or, knowingly, no separation at all:
        var none = SeparationOfDutiesPolicy.Create(SeparationOfDutiesPolicyOptions.None);

        Assert.False(policies.SeparationOfDuties.Separates(Duty.ReleaseShipment, Duty.Dispatch));
        Assert.True(policies.SeparationOfDuties.Separates(Duty.PrepareQuotation, Duty.ApproveQuotation));
        Assert.False(none.Separates(Duty.PrepareQuotation, Duty.ApproveQuotation));
    }

    [Fact]
    public void GettingStarted_ReplaceAPolicy()
    {
        var now = Scenario.Start;
        var actor = Actors.Sales;
        var policies = OrderPolicies.Default with
        {
            Approval = ApprovalPolicy.Create(new ApprovalPolicyOptions { Limits = ValueList<ApprovalLimit>.Of(new ApprovalLimit(Currency.USD, 50_000m, 1_000_000m)) }),
            Numbering = NumberingPolicy.Create(new NumberingPolicyOptions { OrderPrefix = "PO", TimeZoneId = "Asia/Shanghai" }),
        };
        var context = DecisionContext.Create(now, actor, policies);

        Assert.Same(policies, context.Policies);
    }

    [Fact]
    public void Serialization_Upcast()
    {
        const string json = """{"type":"order-recorded.v0","number":"SO-1","sequence":1,"at":"2026-03-02T01:40:00Z","by":"u-clerk","idempotencyKey":null}""";
        var read = OrderKernelJson.ReadEvent(json, node =>
        {
            var o = node.AsObject();
            if ((string?)o["type"] == "order-recorded.v0")
            {
                o["type"] = "order-recorded.v1";
                o["orderNumber"] = o["number"]!.DeepClone();
                o.Remove("number");
            }

            return o;
        });

        Assert.True(read.IsT0);
        _ = typeof(JsonNode);
    }

    [Fact]
    public void Serialization_PersonalData()
    {
        // The host's erasable register: the reference in the command, the person behind it in the host's store.
        var register = new Dictionary<string, string> { ["ID-REF-0001"] = "the driver's name and ID, kept by the host" };
        var ship = new Ship("COSCO Logistics", "ID-REF-0001", "COSU-6655443", ValueList<string>.Of("packing list"));

        // Logs and support exports: every personal value replaced.
        string forLog = RedactingJsonWriter.Default.Write(ship);

        // Or tokenise on the way to the store: the event holds a token, the vault holds the value.
        var vault = new Dictionary<string, string>();
        var tokenizing = new RedactingJsonWriter(field =>
        {
            var token = $"tok-{vault.Count + 1}";
            vault[token] = field.Value;
            return token;
        });
        string stored = tokenizing.Write(ship);

        Assert.DoesNotContain("ID-REF-0001", forLog, StringComparison.Ordinal);
        Assert.Contains("\"carrierIdentity\":\"tok-1\"", stored, StringComparison.Ordinal);
        Assert.Equal("ID-REF-0001", vault["tok-1"]);
        Assert.True(register.ContainsKey(vault["tok-1"]));
    }

    [Fact]
    public void ServiceLevels_Calendar()
    {
        var fridayAt1730 = new LocalDateTime(2026, 3, 6, 17, 30).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();
        var calendar = BusinessCalendar.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0));
        var due = calendar.AddWorkingTime(fridayAt1730, Duration.FromHours(1)); // Monday 09:30

        Assert.Equal(new LocalDateTime(2026, 3, 9, 9, 30), due.InZone(calendar.Zone).LocalDateTime);
    }

    [Fact]
    public void ServiceLevels_HostMilestones_MaterialsReadyTwoDaysBeforeFinishing_R26()
    {
        var materialsReady = MilestoneName.Of("materials-ready");
        var finishingStart = MilestoneName.Of("finishing-start");
        var levels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions
        {
            Calendar = ServiceLevelPolicy.DefaultUtcCalendar,
            HostMilestones = [materialsReady, finishingStart],
            HostLevels = [new HostServiceLevel(materialsReady, finishingStart, Duration.FromDays(-2), TimeBasis.Elapsed)],
        });
        var policies = OrderPolicies.Default with { ServiceLevels = levels };

        var s = TvOrder.Through(Testing.ScenarioStage.InProduction, new Scenario(policies));
        var finishing = s.Now + Duration.FromDays(6);
        s.Do(new PlanMilestone(finishingStart, finishing, "production plan P-7"), Actors.Production);
        s.Do(new ReachMilestone(materialsReady, "substrate and auxiliaries in stock"), Actors.Warehouse, Duration.FromDays(1));
        var check = ServiceLevelMonitor.CheckHostLevels(s.Current, s.Now, levels, Duration.FromHours(12))[0];

        Assert.Equal((DeadlineState.MetOnTime, finishing - Duration.FromDays(2)), (check.State, check.DueAt));
    }

    [Fact]
    public void ServiceLevels_CalendarWithBreakHolidaysAndMakeUpDays()
    {
        var options = BusinessCalendarOptions.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0))
            .WithLunchBreak(new LocalTime(12, 0), new LocalTime(13, 0))
            .WithHolidays(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2))
            .WithMakeUpWorkingDays(new LocalDate(2026, 10, 10));
        var levels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions { Calendar = options });

        var zone = levels.Calendar.Zone;
        Assert.Equal(Duration.FromHours(8), levels.Calendar.WorkingTimeBetween(new LocalDate(2026, 10, 10).AtStartOfDayInZone(zone).ToInstant(), new LocalDate(2026, 10, 11).AtStartOfDayInZone(zone).ToInstant()));
        Assert.False(levels.Calendar.IsWorkingDay(new LocalDate(2026, 10, 1)));
    }

    [Fact]
    public void GettingStarted_ReadTheResult()
    {
        var context = DecisionContext.Create(Scenario.Start, Actors.Sales);
        var received = ReadTheResult(null, TvOrder.Receive(), context);
        Assert.Equal(OrderStatus.Received, received?.Status);
        Assert.Same(received, ReadTheResult(received, TvOrder.Receive(), context)); // refused: the state stays
    }

    private static Order? ReadTheResult(Order? state, OrderCommand command, DecisionContext context)
    {
        var result = OrderDecider.Decide(state, command, context);
        if (result.TryGetAccepted(out var accepted))
        {
            state = accepted.State; // and persist accepted.Events
        }
        else if (result.TryGetRejected(out var rejected))
        {
            Console.WriteLine(rejected); // "code [rule]: message; …"
        }

        return state;
    }
}

public class AreaSnippets
{
    [Fact]
    public void Reviews_Example()
    {
        var policies = OrderPolicies.Default with
        {
            Review = ReviewPolicy.Create(new ReviewPolicyOptions { FinanceReviewFrom = [Money.Of(200_000m, Currency.USD), Money.Of(1_400_000m, Currency.CNY)] }),
            Approval = ApprovalPolicy.Create(new ApprovalPolicyOptions
            {
                Limits = ValueList<ApprovalLimit>.Of(new ApprovalLimit(Currency.CNY, 700_000m, 7_000_000m), new ApprovalLimit(Currency.USD, 100_000m, 1_000_000m)),
            }),
            Acceptance = AcceptancePolicy.Create(new AcceptancePolicyOptions { Surcharge = Percentage.Of(10m), ExtraLeadTimeDays = 10 }),
        };
        var requirement = policies.Approval.Require(new ApprovalRequest(Money.Of(170_000m, Currency.USD), Priority.Normal, Percentage.Zero));
        // requirement.Levels: DepartmentHead, GeneralManager; requirement.Explanation says which limits decided it

        Assert.Equal(2, requirement.Levels.Count);
    }

    [Fact]
    public void ChangeRequests_Example()
    {
        var proposal = new ChangeProposal(ChangeKind.UnitPrice, LineId.From("10"), NewUnitPrice: Money.Of(84.00m, Currency.USD));
        var submit = new SubmitChangeRequest("CR-1", proposal, "volume rebate agreed with the customer");
        var assess = new AssessChangeRequest("CR-1");       // the preview: diff, amounts, installments, routing
        var approve = new ApproveChangeRequest("CR-1", "ok"); // once per role the routing requires
        var apply = new ApplyChangeRequest("CR-1");           // new revision, change record, amended contract

        var s = TvOrder.Through(ScenarioStage.DepositPaid);
        s.Do(submit, Actors.Sales);
        s.Do(assess, Actors.SalesManager);
        s.Do(approve, Actors.SalesManager);
        s.Do(approve, Actors.FinanceManager);
        s.Do(apply, Actors.SalesManager);
        Assert.Equal(1, s.Current.Revision);
    }

    [Fact]
    public void Payments_Example()
    {
        var order = TvOrder.Through(ScenarioStage.Closed).Current;
        var terms = PaymentTerms.Create(
            PaymentInstrument.TelegraphicTransfer,
            Installment.Create("deposit", Percentage.Of(30m), InstallmentDue.OnContract),
            Installment.Create("balance", Percentage.Of(70m), InstallmentDue.BeforeShipment));
        var parts = terms.Split(Money.Of(170_000.00m, Currency.USD)); // 51,000.00 and 119,000.00, always summing exactly
        var tolerance = DeliveryTolerance.Percent(Percentage.Of(5m));  // ±5 %: 9,500 to 10,500 of 10,000 m
        var statement = Settlement.Statement(order, OrderPolicies.Default with { InvoiceBasis = InvoiceBasis.Delivered });

        Assert.Equal(51_000.00m, parts[0].Amount);
        Assert.Equal(9_500m, tolerance.Minimum(10_000m));
        Assert.True(statement.IsSettled);
    }

    [Fact]
    public void Shipments_OnlyPaymentReleases()
    {
        var onlyPaid = ShipmentReleasePolicy.Create(new ShipmentReleasePolicyOptions { AcceptLetterOfCredit = false, AcceptApprovedException = false });
        var policies = OrderPolicies.Default with { ShipmentRelease = onlyPaid };

        var s = TvOrder.Through(ScenarioStage.Inspected);
        s.Do(new ApproveShipmentException("key account"), Actors.GeneralManager);
        Assert.NotEmpty(policies.ShipmentRelease.Check(s.Current, s.Now));
    }

    [Fact]
    public void ChangeRequests_TestedAreas()
    {
        var policies = OrderPolicies.Default with
        {
            ChangeImpact = ChangeImpactPolicy.Create(new ChangeImpactPolicyOptions { TestedAreas = [SpecificationArea.Hardware, SpecificationArea.Software, SpecificationArea.Packaging] }),
        };

        var s = TvOrder.Through(ScenarioStage.InProduction);
        Assert.True(policies.ChangeImpact.Route(ChangeRoutingInput.Of(s.Current), new ChangeProposal(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Packaging, NewSpecification: "gift box")).HoldsOrder);
    }

    [Fact]
    public void Holds_Example()
    {
        var policies = OrderPolicies.Default with
        {
            Holds = HoldPolicy.Create(new HoldPolicyOptions { AlwaysAllowed = ValueList<CommandKind>.Of(CommandKind.ReleaseHold, CommandKind.CancelOrder) }),
            Cancellation = CancellationPolicy.Create(new CancellationPolicyOptions { ForfeitDepositOnceProductionStarted = false }),
        };
        var hold = new PlaceHold(HoldCode.Credit, "credit limit exceeded");
        var cancel = new CancelOrder("customer withdrew", CostsIncurred: Money.Of(5_000.00m, Currency.USD));

        Assert.True(policies.Holds.Blocks(hold.Code, CommandKind.ConfirmPayment));
        Assert.Equal("customer withdrew", cancel.Reason);
    }
}

public class EmbedderDocSnippets
{
    [Fact]
    public void Architecture_AddAGuardOfYourOwn()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default.WithGuard(
            CommandKind.RecordOrder, OrderStatus.Received, OrderStatus.Recorded,
            "credit-line-covers-order", "The customer's credit line covers the order.", "ERP-7",
            (order, context) => order.Customer.Tier == CustomerTier.Ordinary
                ? Violation.Of("ERP_CREDIT_LINE", $"Order {order.Id} is over the credit line.", "ERP-7")
                : null));
        var diagram = decider.Lifecycle.ToMermaid(); // shows RecordOrder [order-complete, credit-line-covers-order]

        var received = decider.Decide(null, TvOrder.Receive(), DecisionContext.Create(Scenario.Start, Actors.Clerk)).AsT0.State;
        var refused = decider.Decide(received, new RecordOrder(1), DecisionContext.Create(Scenario.Start + Duration.FromHours(1), Actors.Clerk)).AsT1;
        Assert.Equal("ERP_CREDIT_LINE", refused.Violations[0].Code);
        Assert.Contains("credit-line-covers-order", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Architecture_LeaveOutOptionalStages()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default
            .Without(OptionalStage.SampleRound)
            .Without(OptionalStage.FinalInspection));
        var diagram = decider.Lifecycle.ToMermaid(); // InProduction --> Inspected : CompleteProduction; no sample commands

        Assert.Contains("InProduction --> Inspected : CompleteProduction\n", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("SendSample", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Architecture_MapYourOwnRoles()
    {
        var authorization = new AuthorizationPolicyOptions();
        var ownRoles = OrderPolicies.Default with
        {
            Authorization = AuthorizationPolicy.Create(authorization with
            {
                AllowedRoles = authorization.AllowedRoles.SetItem(CommandKind.RecordOrder, ValueList<Role>.Of(Role.OrderClerk, Role.Of("erp-order-desk"))),
            }),
        };
        var desk = Actor.Create("u-9", "ERP order desk", Role.Of("erp-order-desk"));

        var s = TvOrder.Through(ScenarioStage.Received);
        Assert.True(OrderDecider.Decide(s.Current, new RecordOrder(1), DecisionContext.Create(s.Now + Duration.FromHours(1), desk, ownRoles)).IsAccepted);
        Assert.True(OrderDecider.Decide(s.Current, new RecordOrder(1), DecisionContext.Create(s.Now + Duration.FromHours(1), desk)).IsRejected);
    }

    [Fact]
    public void Architecture_ReplaceAPolicy()
    {
        var smallOrdersUnapproved = OrderPolicies.Default with { Approval = new SmallOrdersNeedNoApproval(200_000m) };

        var s = TvOrder.Through(ScenarioStage.Quoted, new Scenario(smallOrdersUnapproved));
        Assert.Equal(QuotationStatus.Approved, s.Current.Quotation!.Status);
        Assert.Equal(QuotationStatus.PendingApproval, TvOrder.Through(ScenarioStage.Quoted).Current.Quotation!.Status);
        Assert.Equal(2, smallOrdersUnapproved.Approval.Require(new ApprovalRequest(Money.Of(300_000m, Currency.USD), Priority.Normal, Percentage.Of(0m))).Levels.Count);
    }

    // An embedder's own policy, nested so that its lines read in the docs as written there.
    internal static class Embedder
    {
        public sealed class SmallOrdersNeedNoApproval(decimal below) : IApprovalPolicy
        {
            public ApprovalRequirement Require(in ApprovalRequest request) =>
                request.Amount.Amount < below ? new(default, Explain(request)) : ApprovalPolicy.Default.Require(request);

            public string Explain(in ApprovalRequest request) =>
                request.Amount.Amount < below ? $"{request.Amount} is below {below}: no approval needed (ERP-12)." : ApprovalPolicy.Default.Explain(request);
        }
    }
}

public partial class DocSnippetTests
{
    [Fact]
    public void EveryCSharpBlockInTheDocs_IsCompiledInDocSnippets()
    {
        var root = OrderKernel.Tests.Lifecycle.StateMachineTests.RepoRoot();
        var snippets = string.Join("\n", File.ReadAllLines(Path.Combine(root, "tests", "OrderKernel.Tests", "Docs", "DocSnippets.cs")).Select(l => l.Length >= 8 && l[..8].Trim().Length == 0 ? l[8..] : l.TrimStart()));
        // docs/testing-your-rules.md shows the test kit's package consumer, which .ci/run compiles against the packed packages and runs.
        snippets += "\n" + File.ReadAllText(Path.Combine(root, "tests", "OrderKernel.Testing.Consumer", "Program.cs")).ReplaceLineEndings("\n");
        var docs = Path.Combine(root, "docs");
        var blocks = Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories)
            .SelectMany(f => Block().Matches(File.ReadAllText(f).ReplaceLineEndings("\n")).Select(m => (File: Path.GetRelativePath(docs, f).Replace('\\', '/'), Code: m.Groups[1].Value)))
            .ToArray();
        Assert.NotEmpty(blocks);
        foreach (var (file, code) in blocks)
        {
            Assert.True(snippets.Contains(code.TrimEnd('\n'), StringComparison.Ordinal), $"A C# block of docs/{file} is not compiled in DocSnippets.cs (nor in the test kit consumer):\n{code}");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("```csharp\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Block();
}
