using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NodaTime;
using OrderKernel.Serialization;

using OrderKernel.Tests.Support;

namespace OrderKernel.Tests.Boundary;

/// <summary>
/// A canonical command of every <see cref="CommandKind"/>, built from the state so that the plausible one is
/// accepted where the lifecycle allows it (the payment pays what is due, the change request names the first line, …).
/// </summary>
internal static class Canonical
{
    public static List<OrderCommand> For(Order? s, Instant now, Instant far)
    {
        // Built defensively: a canonical command the state's own values make unconstructible (a date at the end of the
        // calendar plus ten days) is skipped; the harness must never break where the kernel did not.
        var list = new List<OrderCommand>();
        void Add(Func<OrderCommand> make)
        {
            try
            {
                list.Add(make());
            }
            catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException)
            {
            }
        }

        var currency = s?.Currency ?? Currency.USD;
        var today = Harness.LocalDateOf(s, now);
        var line = s is { Lines.IsEmpty: false } ? s.Lines[0] : TvOrder.TvLine();
        var lines = s is { Lines.IsEmpty: false } ? s.Lines : ValueList<OrderLine>.Of(TvOrder.TvLine());
        var delivery = s?.RequestedDeliveryDate ?? TvOrder.DeliveryDate;
        var changeId = s is { ChangeRequests.IsEmpty: false } ? s.ChangeRequests[^1].Id : "CR-1";
        Add(() => TvOrder.Receive());
        Add(() => new ReturnForCompletion("check the specification", ValueList<string>.Of("firmware version")));
        Add(() => new CompleteOrderDetails(lines, delivery, "AQL 1.0"));
        Add(() => new RecordOrder(124));
        Add(() => new SubmitForReview());
        foreach (var d in Enum.GetValues<Department>())
        {
            Add(() => TvOrder.Approve(d, currency));
        }

        Add(() => new SignReview(Department.Production, ReviewVerdict.Reject, "capacity", Duration.FromHours(2), default));
        Add(() => new ReviseOrder(lines, delivery, "AQL 1.0", "revised"));
        Add(() => new PrepareQuotation(13, ValueList<QuotationPrice>.From(lines.Select(l => new QuotationPrice(l.Id, l.UnitPrice ?? Money.Of(85m, currency), Percentage.Zero))), Plus(today, 10)));
        Add(() => new ReviseQuotation(ValueList<QuotationPrice>.From(lines.Select(l => new QuotationPrice(l.Id, l.UnitPrice ?? Money.Of(85m, currency), Percentage.Zero))), Plus(today, 12), "negotiated"));
        foreach (var level in Enum.GetValues<ApprovalLevel>())
        {
            Add(() => new ApproveQuotation(level, "ok"));
        }

        Add(() => new RejectQuotationApproval(ApprovalLevel.DepartmentHead, "margin"));
        Add(() => new AcceptQuotation());
        Add(() => new DeclineQuotation("price"));
        Add(() => new SignContract(46));
        Add(() => new CheckContract());
        Add(() => new StampContract());
        Add(() => new CountersignContract());
        Add(() => new ConfirmPayment(Due(s), "payer", PaymentInstrument.TelegraphicTransfer, "TT-SURVIVE", now));
        Add(() => new SendSample(2, "2 sets"));
        Add(() => new ApproveSample("fine"));
        Add(() => new RejectSample("colour"));
        Add(() => new ReleaseToProduction(delivery) { CapacityConfirmed = true, MaterialsReadyOn = delivery });
        Add(() => new ReportProgress(Percentage.Of(50), "half"));
        Add(() => new ReportProductionException("line stop", Duration.FromHours(4)));
        Add(() => new CompleteProduction());
        Add(() => new RecordInspection(QualityGrade.First, 2000, 0, "ok"));
        Add(() => new RecordInspection(QualityGrade.Second, 2000, 9, "defects"));
        Add(() => new ReleaseForShipment());
        Add(() => new ApproveShipmentException("guaranteed"));
        Add(() => new RegisterLetterOfCredit("LC-SURVIVE", "Bank of China", Due(s), Plus(today, 30), ValueList<string>.Of("invoice")));
        Add(() => new Ship("COSCO", "driver 1", "WB-SURVIVE", ValueList<string>.Of("invoice")));
        Add(() => new ConfirmDelivery("dock", now));
        Add(() => new CompleteOrder());
        foreach (var step in Enum.GetValues<TrackedStep>())
        {
            Add(() => new CompleteStep(step, "done"));
        }

        Add(() => new RecordExcusableDelay(ExcusableCause.ForceMajeure, today, Plus(today, 2), "typhoon"));
        Add(() => new AssessDelayPenalty(today, ValueList<string>.Of("Line 3")));
        Add(() => new AssessDelayPenalty(Harness.LocalDateOf(s, far), ValueList<string>.Of("Line 3")));
        Add(() => new RecordRefund(Money.Of(1m, currency), "RF-SURVIVE", "overpaid"));
        Add(() => new IssueInvoice(9, s is null ? Money.Of(1m, currency) : Invoicing.Invoiceable(s, OrderKernel.Policies.OrderPolicies.Default) - Invoicing.NetInvoiced(s)));
        Add(() => new IssueCreditNote(9, s is { Invoices.IsEmpty: false } ? s.Invoices[0].Number : "INV-2026-000009", Money.Of(1m, currency), "correction"));
        Add(() => new RegisterBankAcceptanceBill("BA-SURVIVE", "Bank of China", s?.Contract is { } bc ? bc.Installments[^1].Installment.Name : "balance", s?.Contract is { } ba ? ba.Installments[^1].Amount : Money.Of(1m, currency), today.PlusDays(-1), today));
        Add(() => new SettleBankAcceptanceBill(s is { BankAcceptanceBills.IsEmpty: false } ? s.BankAcceptanceBills[0].Number : "BA-SURVIVE", BillStatus.Honoured, now));
        Add(() => new PlanMilestone(MilestoneName.Of("finishing-start"), now, "plan"));
        Add(() => new ReachMilestone(MilestoneName.Of("materials-ready"), "in stock"));
        Add(() => new RecordReturn(line.Id, Quantity.Of(1m, line.Quantity.Unit), ReturnKind.Return, "cracked"));
        Add(() => new SubmitChangeRequest("CR-SURVIVE", new ChangeProposal(ChangeKind.Quantity, line.Id, NewQuantity: Quantity.Of(line.Quantity.Value + 1m, line.Quantity.Unit)), "more"));
        Add(() => new SubmitChangeRequest("CR-SURVIVE-P", new ChangeProposal(ChangeKind.UnitPrice, line.Id, NewUnitPrice: Money.Of(80m, currency)), "cheaper"));
        Add(() => new SubmitChangeRequest("CR-SURVIVE-S", new ChangeProposal(ChangeKind.Specification, line.Id, Area: SpecificationArea.Software, NewSpecification: "firmware 3.3"), "retailer"));
        Add(() => new SubmitChangeRequest("CR-SURVIVE-D", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: Plus(delivery, 7)), "later"));
        Add(() => new AssessChangeRequest(changeId));
        Add(() => new ApproveChangeRequest(changeId, "ok"));
        Add(() => new RejectChangeRequest(changeId, "no"));
        Add(() => new WithdrawChangeRequest(changeId));
        Add(() => new RecordChangeTest(changeId, true, "passed"));
        Add(() => new ConfirmChangeByCustomer(changeId));
        Add(() => new ApplyChangeRequest(changeId));
        Add(() => new PlaceHold(HoldCode.Credit, "credit check"));
        Add(() => new ReleaseHold("cleared"));
        Add(() => new CancelOrder("customer request", Money.Of(2_000m, currency)));
        Add(() => new CloseOrder());
        Add(() => new AttachDocument(DocumentKind.Contract, "CT-SURVIVE", "sha256:" + new string('0', 64), "contract"));
        Add(() => new RegisterComplaint("CP-SURVIVE", line.Id, Quantity.Of(1m, line.Quantity.Unit), "dead pixels"));
        Add(() => new ResolveComplaint("CP-SURVIVE", ComplaintRemedy.Refund, Money.Of(1m, currency), "refund"));
        Add(() => new OpenExchange("EX-SURVIVE", line.Id, Quantity.Of(1m, line.Quantity.Unit), "colour"));
        Add(() => new ShipReplacement("EX-SURVIVE", "WB-SURVIVE"));
        return list;
    }

    private static LocalDate Plus(LocalDate date, int days) => date.PlusDays(Math.Min(days, Period.Between(date, LocalDate.MaxIsoValue, PeriodUnits.Days).Days));

    private static Money Due(Order? s)
    {
        if (s?.Contract is not { } c)
        {
            return Money.Of(51_000m, s?.Currency ?? Currency.USD);
        }

        var outstanding = c.Amount - s.TotalPaid;
        var depositLeft = c.Deposit - s.TotalPaid;
        var amount = depositLeft.IsPositive ? depositLeft : outstanding;
        return amount.IsPositive ? amount : Money.Of(1m, s.Currency);
    }
}

/// <summary>The seed's TV order at each stage of the happy path, built once (states are immutable).</summary>
internal static class Stages
{
    private static readonly ConcurrentDictionary<ScenarioStage, Lazy<(Order State, Instant Now, IReadOnlyList<OrderEvent> Events)>> Cache = new();

    public static (Order State, Instant Now, IReadOnlyList<OrderEvent> Events) At(ScenarioStage stage) =>
        Cache.GetOrAdd(stage, st => new Lazy<(Order, Instant, IReadOnlyList<OrderEvent>)>(() =>
        {
            var s = TvOrder.Through(st);
            return (s.Current, s.Now, s.Events.ToArray());
        })).Value;

    public static Start Start(ScenarioStage stage) => new(At(stage).State, At(stage).Now);

    public static Order State(ScenarioStage stage) => At(stage).State;

    public static Instant Next(ScenarioStage stage) => At(stage).Now + Duration.FromHours(1);
}

/// <summary>Edits of JSON text for probes.</summary>
internal static class JsonEdit
{
    /// <summary>A placeholder that <see cref="Raw"/> replaces with raw JSON text (e.g. a lone-surrogate escape).</summary>
    public const string Hole = "@@HOLE@@";

    public static string Edit(string json, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    /// <summary>Sets a member (a dotted path of objects and [index] items) to a value.</summary>
    public static string Set(string json, string path, JsonNode? value) => Edit(json, root => Assign(root, path, value, remove: false));

    public static string Remove(string json, string path) => Edit(json, root => Assign(root, path, null, remove: true));

    /// <summary>Sets a member to the placeholder string and replaces the quoted placeholder by raw JSON text.</summary>
    public static string Raw(string json, string path, string rawJson) =>
        Set(json, path, JsonValue.Create(Hole)).Replace("\"" + Hole + "\"", rawJson, StringComparison.Ordinal);

    private static void Assign(JsonObject root, string path, JsonNode? value, bool remove)
    {
        JsonNode current = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            current = Child(current, parts[i]);
        }

        var last = parts[^1];
        if (current is JsonArray array && last.StartsWith('['))
        {
            var index = int.Parse(last.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture);
            if (remove)
            {
                array.RemoveAt(index);
            }
            else
            {
                array[index] = value;
            }

            return;
        }

        var obj = current.AsObject();
        if (remove)
        {
            obj.Remove(last);
        }
        else
        {
            obj[last] = value;
        }
    }

    private static JsonNode Child(JsonNode node, string part) =>
        part.StartsWith('[')
            ? node.AsArray()[int.Parse(part.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)]!
            : node.AsObject()[part] ?? throw new InvalidOperationException($"probe setup: no member {part}");

    public static string Of(OrderCommand c) => OrderKernelJson.Write(c);

    public static string Of(OrderEvent e) => OrderKernelJson.Write(e);
}
