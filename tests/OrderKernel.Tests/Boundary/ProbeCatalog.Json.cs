using System.Text.Json.Nodes;
using NodaTime;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using static OrderKernel.Testing.SeedOrder;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Boundary;

/// <summary>JSON probes: commands, events, event streams and snapshots read from untrusted text.</summary>
internal static partial class ProbeCatalog
{
    /// <summary>A command JSON to read and decide: where it applies, by whom, and its enum members with their valid names.</summary>
    private sealed record JsonBase(string Name, Stage? Stage, Actor Actor, Func<Instant, OrderCommand> Make, (string Path, string Valid, string Other)[] Enums);

    private static readonly JsonBase[] CommandBases =
    [
        new("receive-order", null, Actors.Sales, _ => Receive(), [("channel", "Email", "Fax"), ("priority", "Normal", "Urgent"), ("customer.tier", "Ordinary", "Key")]),
        new("confirm-payment", Stage.Contracted, Actors.Finance, now => Pay(51_000m, "TT-JSON-1", now - Duration.FromMinutes(5)), [("instrument", "TelegraphicTransfer", "LetterOfCredit")]),
        new("place-hold", Stage.Recorded, Actors.FinanceManager, _ => new PlaceHold(HoldCode.Credit, "credit check"), [("code", "Credit", "Quality")]),
        new("sign-review", null, Actors.SalesManager, _ => Approve(Department.Sales), [("department", "Sales", "Production"), ("verdict", "Approve", "Reject")]),
        new("record-inspection", Stage.Produced, Actors.QualityInspector, _ => new RecordInspection(QualityGrade.First, 2000, 0, "ok"), [("grade", "First", "Second")]),
        new("complete-step", Stage.InProduction, Actors.ProductionManager, _ => new CompleteStep(TrackedStep.PlanApproved, "plan ok"), [("step", "PlanApproved", "Packed")]),
        new("record-excusable-delay", Stage.InProduction, Actors.SalesManager, _ => new RecordExcusableDelay(ExcusableCause.ForceMajeure, new LocalDate(2026, 6, 25), new LocalDate(2026, 6, 28), "typhoon"), [("cause", "ForceMajeure", "CustomerCaused")]),
        new("record-return", Stage.Delivered, Actors.Sales, _ => new RecordReturn(Line, Quantity.Pieces(3), ReturnKind.Return, "cracked panels"), [("disposition", "Return", "Exchange")]),
        new("approve-quotation", Stage.Quoted, Actors.DepartmentHead, _ => new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), [("level", "DepartmentHead", "GeneralManager")]),
        new("submit-change-request", Stage.InProduction, Actors.Sales, _ => new SubmitChangeRequest("CR-J", new ChangeProposal(ChangeKind.Specification, Line, Area: SpecificationArea.Software, NewSpecification: "55\" UHD, firmware 3.3"), "retailer"), [("proposal.kind", "Specification", "Quantity"), ("proposal.area", "Software", "Hardware")]),
        new("ship", Stage.Released, Actors.Warehouse, _ => new Ship("COSCO", "driver 1", "WB-J", ValueList<string>.Of("invoice")), []),
    ];

    private static readonly Lazy<Order> InReview = new(() =>
    {
        var s = Through(Stage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        return s.Current;
    });

    private static (Order? State, Instant Now) Where(JsonBase b) => b.Name == "sign-review"
        ? (InReview.Value, Stages.Next(Stage.Recorded) + Duration.FromHours(2))
        : b.Stage is { } st ? (Stages.State(st), Stages.Next(st)) : (null, Scenario.Start);

    private static Probe JsonProbe(string name, int defectClass, Expect expect, JsonBase b, Func<string, string> edit) =>
        P(name, defectClass, expect, () =>
        {
            var (state, now) = Where(b);
            var json = Harness.Run("probe setup: edit the JSON", () => edit(JsonEdit.Of(b.Make(now))));
            return Harness.DecideJson(state, json, b.Actor, now);
        });

    private static JsonBase Base(string name) => Array.Find(CommandBases, b => b.Name == name)!;

    private static IEnumerable<Probe> JsonCommands()
    {
        foreach (var b in CommandBases)
        {
            // The unedited command is accepted and survives: the premise of every edit below.
            yield return JsonProbe($"json-command/{b.Name}/as-written", 3, Expect.Survival, b, j => j);
            foreach (var (path, valid, other) in b.Enums)
            {
                var odd = new (string Label, string Raw)[]
                {
                    ("lower-case", Quote(valid.ToLowerInvariant())),
                    ("upper-case", Quote(valid.ToUpperInvariant())),
                    ("leading-space", Quote(" " + valid)),
                    ("trailing-space", Quote(valid + " ")),
                    ("flag-list", Quote(valid + ", " + other)),
                    ("digit-string-1", Quote("1")),
                    ("undefined-digit-string-7", Quote("7")),
                    ("json-number-1", "1"),
                    ("empty", Quote(string.Empty)),
                };
                foreach (var (label, raw) in odd)
                {
                    yield return JsonProbe($"json-command/{b.Name}/{path}={label}", 4, Expect.ReaderRefusal, b, j => JsonEdit.Raw(j, path, raw));
                }
            }
        }

        // The issue's own examples of odd enum text, on the payment instrument.
        foreach (var text in new[] { "tt", " TT", "Tt, Lc", "7", "TelegraphicTransfer, LetterOfCredit", "telegraphictransfer", "TELEGRAPHICTRANSFER" })
        {
            yield return JsonProbe($"json-command/confirm-payment/instrument-text '{text}'", 4, Expect.ReaderRefusal, Base("confirm-payment"), j => JsonEdit.Set(j, "instrument", text));
        }

        // Money and quantity strings.
        var pay = Base("confirm-payment");
        foreach (var (label, amount) in new[]
        {
            ("three-decimals", "51000.001"), ("more-digits-than-decimal", "51000.0000000000000000000000001"), ("28-digits", "1234567890123456789012345678"),
            ("30-digits", "123456789012345678901234567890"), ("exponent", "5.1e4"), ("leading-space", " 51000.00"), ("plus-sign", "+51000.00"),
            ("thousands-separator", "51,000.00"), ("hex", "0x10"), ("nan", "NaN"), ("arabic-indic-digits", "\u0665\u0661\u0660\u0660\u0660"), ("empty", string.Empty),
            ("above-max-amount", "1000000000000000.00"), ("decimal-max", "79228162514264337593543950335"),
        })
        {
            yield return JsonProbe($"json-command/confirm-payment/amount='{label}'", label.Contains("max", StringComparison.Ordinal) ? 1 : 4, label.Contains("max", StringComparison.Ordinal) || label == "28-digits" ? Expect.Refusal : Expect.ReaderRefusal, pay, j => JsonEdit.Set(j, "amount.amount", amount));
        }

        yield return JsonProbe("json-command/confirm-payment/amount=negative", 4, Expect.Refusal, pay, j => JsonEdit.Set(j, "amount.amount", "-51000.00"));
        foreach (var (label, currency) in new[] { ("lower-case", "usd"), ("leading-space", " USD"), ("unknown", "XXQ"), ("two-letters", "US") })
        {
            yield return JsonProbe($"json-command/confirm-payment/currency={label}", 4, Expect.ReaderRefusal, pay, j => JsonEdit.Set(j, "amount.currency", currency));
        }

        var ret = Base("record-return");
        foreach (var (label, value) in new[] { ("more-digits-than-decimal", "3.0000000000000000000000000001"), ("exponent", "3e0"), ("28-digits", "1234567890123456789012345678"), ("leading-space", " 3") })
        {
            // 3.0000000000000000000000000001 is exact in decimal (scale 28): the reader takes it and the door refuses its scale.
            yield return JsonProbe($"json-command/record-return/quantity='{label}'", 4, label is "more-digits-than-decimal" or "28-digits" ? Expect.Refusal : Expect.ReaderRefusal, ret, j => JsonEdit.Set(j, "quantity.value", value));
        }

        yield return JsonProbe("json-command/record-return/unit=upper-case", 4, Expect.Refusal, ret, j => JsonEdit.Set(j, "quantity.unit", "PCS"));

        // Dates and instants.
        var delay = Base("record-excusable-delay");
        foreach (var (label, from, to) in new[]
        {
            ("to=9999-12-31", "2026-06-25", "9999-12-31"), ("from=0001-01-01", "0001-01-01", "2026-06-28"), ("to=2200-01-01", "2026-06-25", "2200-01-01"),
            ("from=1899-12-31", "1899-12-31", "2026-06-28"), ("single-digit-month", "2026-6-25", "2026-06-28"), ("signed-year", "+2026-06-25", "2026-06-28"),
        })
        {
            var byReader = label.Contains("digit", StringComparison.Ordinal) || label.Contains("signed", StringComparison.Ordinal);
            yield return JsonProbe($"json-command/record-excusable-delay/{label}", byReader ? 4 : 1, byReader ? Expect.ReaderRefusal : Expect.Refusal, delay, j => JsonEdit.Set(JsonEdit.Set(j, "from", from), "to", to));
        }

        foreach (var (label, at) in new[] { ("9999-12-31", "9999-12-31T23:59:59Z"), ("0001-01-01", "0001-01-01T00:00:00Z"), ("2200-01-01", "2200-01-01T00:00:00Z"), ("offset-not-z", "2026-03-02T09:00:00+08:00") })
        {
            yield return JsonProbe($"json-command/confirm-payment/receivedAt={label}", label.StartsWith("offset", StringComparison.Ordinal) ? 4 : 1, label.StartsWith("offset", StringComparison.Ordinal) ? Expect.ReaderRefusal : Expect.Refusal, pay, j => JsonEdit.Set(j, "receivedAt", at));
        }

        // Lists with null items, texts with lone surrogates, huge texts.
        yield return JsonProbe("json-command/ship/documents=[null]", 4, Expect.ReaderRefusal, Base("ship"), j => JsonEdit.Raw(j, "documents", "[null]"));
        yield return JsonProbe("json-command/ship/documents=[\"invoice\",null]", 4, Expect.ReaderRefusal, Base("ship"), j => JsonEdit.Raw(j, "documents", "[\"invoice\",null]"));
        yield return JsonProbe("json-command/receive-order/lines=[null]", 4, Expect.ReaderRefusal, Base("receive-order"), j => JsonEdit.Raw(j, "lines", "[null]"));
        yield return JsonProbe("json-command/sign-review/findings=[null]", 4, Expect.ReaderRefusal, Base("sign-review"), j => JsonEdit.Raw(j, "findings", "[null]"));
        foreach (var (label, raw) in new[] { ("lone-high-surrogate", "\"credit \\ud800 check\""), ("lone-low-surrogate", "\"\\udc00\""), ("reversed-pair", "\"\\udc00\\ud800\"") })
        {
            yield return JsonProbe($"json-command/place-hold/reason={label}", 4, Expect.Refusal, Base("place-hold"), j => JsonEdit.Raw(j, "reason", raw));
            yield return JsonProbe($"json-command/receive-order/customer.name={label}", 4, Expect.Refusal, Base("receive-order"), j => JsonEdit.Raw(j, "customer.name", raw));
        }

        yield return JsonProbe("json-command/place-hold/reason=1-MB", 7, Expect.Refusal, Base("place-hold"), j => JsonEdit.Set(j, "reason", new string('x', 1_000_000)));
        yield return JsonProbe("json-command/receive-order/currency=1-MB", 4, Expect.ReaderRefusal, Base("receive-order"), j => JsonEdit.Set(j, "currency", new string('U', 1_000_000)));
        yield return JsonProbe("json-command/receive-order/unknown-member-1-MB-name", 4, Expect.ReaderRefusal, Base("receive-order"), j => JsonEdit.Set(j, new string('m', 1_000_000), 1));
        yield return JsonProbe("json-command/place-hold/idempotencyKey=200-chars", 1, Expect.Survival, Base("place-hold"), j => JsonEdit.Set(j, "idempotencyKey", new string('k', 200)));
        yield return JsonProbe("json-command/place-hold/idempotencyKey=201-chars", 1, Expect.Refusal, Base("place-hold"), j => JsonEdit.Set(j, "idempotencyKey", new string('k', 201)));
        yield return JsonProbe("json-command/place-hold/idempotencyKey=empty", 2, Expect.Refusal, Base("place-hold"), j => JsonEdit.Set(j, "idempotencyKey", string.Empty));
        yield return JsonProbe("json-command/place-hold/reason=2000-chars", 7, Expect.Survival, Base("place-hold"), j => JsonEdit.Set(j, "reason", new string('r', 2_000)));
        yield return JsonProbe("json-command/place-hold/reason=2001-chars", 7, Expect.Refusal, Base("place-hold"), j => JsonEdit.Set(j, "reason", new string('r', 2_001)));
        yield return JsonProbe("json-command/receive-order/nesting-depth-100000", 7, Expect.ReaderRefusal, Base("receive-order"), j => JsonEdit.Raw(j, "qualityRequirements", new string('[', 100_000) + new string(']', 100_000)));
    }

    private static string Quote(string s) => JsonValue.Create(s).ToJsonString();

    // ------------------------------------------------------------------ events

    private static IEnumerable<Probe> JsonEvents()
    {
        var inProduction = Stage.InProduction;
        var at = Stages.Next(inProduction);
        OrderEvent progress() => new ProgressReported(Percentage.Of(60), "line 3") { OrderId = Stages.State(inProduction).Id, Version = Stages.State(inProduction).Version + 1, At = Stages.Next(inProduction), By = ActorId.From("u-prod") };
        OrderEvent hold() => new HoldPlaced(HoldCode.Credit, "credit") { OrderId = Stages.State(inProduction).Id, Version = Stages.State(inProduction).Version + 1, At = Stages.Next(inProduction), By = ActorId.From("u-finmgr") };
        OrderEvent payment() => new OrderKernel.PaymentConfirmed(Money.Of(1_000m, Currency.USD), "ACME", OrderKernel.PaymentInstrument.TelegraphicTransfer, "TT-E1", Stages.Next(inProduction)) { OrderId = Stages.State(inProduction).Id, Version = Stages.State(inProduction).Version + 1, At = Stages.Next(inProduction), By = ActorId.From("u-fin") };

        Probe E(string name, int c, Expect expect, Func<OrderEvent> e, Func<string, string> edit) =>
            P("json-event/" + name, c, expect, () => Harness.EvolveJson(Stages.State(inProduction), Harness.Run("probe setup: edit the JSON", () => edit(JsonEdit.Of(e())))));

        yield return E("progress-reported/as-written", 5, Expect.Survival, progress, j => j);
        yield return E("hold-placed/as-written", 5, Expect.Survival, hold, j => j);
        yield return E("payment-confirmed/as-written", 5, Expect.Survival, payment, j => j);
        yield return E("progress-reported/by=null", 5, Expect.ReaderRefusal, progress, j => JsonEdit.Set(j, "by", null));
        yield return E("progress-reported/by-missing", 5, Expect.ReaderRefusal, progress, j => JsonEdit.Remove(j, "by"));
        yield return E("progress-reported/at-missing", 5, Expect.ReaderRefusal, progress, j => JsonEdit.Remove(j, "at"));
        yield return E("progress-reported/at=9999-12-31", 1, Expect.Refusal, progress, j => JsonEdit.Set(j, "at", "9999-12-31T23:59:59Z"));
        yield return E("progress-reported/at=0001-01-01", 6, Expect.Refusal, progress, j => JsonEdit.Set(j, "at", "0001-01-01T00:00:00Z"));
        yield return E("progress-reported/at-before-the-order", 6, Expect.Refusal, progress, j => JsonEdit.Set(j, "at", "2020-01-01T00:00:00Z"));
        yield return E("progress-reported/percent=101", 4, Expect.Refusal, progress, j => JsonEdit.Set(j, "percent", "101"));
        yield return E("progress-reported/note=lone-surrogate", 4, Expect.Refusal, progress, j => JsonEdit.Raw(j, "note", "\"\\ud800\""));
        yield return E("hold-placed/code=lower-case", 4, Expect.ReaderRefusal, hold, j => JsonEdit.Set(j, "code", "credit"));
        yield return E("hold-placed/code=flag-list", 4, Expect.ReaderRefusal, hold, j => JsonEdit.Set(j, "code", "Credit, Quality"));
        yield return E("hold-placed/code=undefined-7", 4, Expect.ReaderRefusal, hold, j => JsonEdit.Set(j, "code", "7"));
        yield return E("payment-confirmed/instrument=flag-list", 4, Expect.ReaderRefusal, payment, j => JsonEdit.Set(j, "instrument", "TelegraphicTransfer, LetterOfCredit"));
        yield return E("payment-confirmed/amount=decimal-max", 1, Expect.Refusal, payment, j => JsonEdit.Set(j, "amount.amount", "79228162514264337593543950335"));
        yield return E("payment-confirmed/amount=negative", 5, Expect.Refusal, payment, j => JsonEdit.Set(j, "amount.amount", "-1000.00"));
        yield return E("payment-confirmed/currency=EUR-on-a-USD-order", 5, Expect.Refusal, payment, j => JsonEdit.Set(j, "amount.currency", "EUR"));
        yield return E("payment-confirmed/type-missing", 4, Expect.ReaderRefusal, payment, j => JsonEdit.Remove(j, "type"));
        yield return E("payment-confirmed/type=v2", 4, Expect.ReaderRefusal, payment, j => JsonEdit.Set(j, "type", "payment-confirmed.v2"));

        // Events that do not fit the state: each must be refused with an ArgumentException, never folded or thrown otherwise.
        var received = Stages.At(Stage.Received).Events[0];
        yield return P("json-event/order-received-onto-an-existing-order", 5, Expect.Refusal, () => Harness.EvolveJson(Stages.State(inProduction), JsonEdit.Of(received)));
        foreach (var (name, e) in StageEvents())
        {
            yield return P($"json-event/{name}-as-the-first-event", 5, Expect.Refusal, () => Harness.EvolveJson(null, JsonEdit.Of(e)));
        }

        _ = at;
    }

    /// <summary>One event of each kind the happy path produces (after the first), with a readable name.</summary>
    private static IEnumerable<(string Name, OrderEvent Event)> StageEvents()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Stages.At(Stage.Closed).Events.Skip(1))
        {
            var name = Kebab(e.GetType().Name);
            if (seen.Add(name))
            {
                yield return (name, e);
            }
        }
    }

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    // ------------------------------------------------------------------ event streams as JSON

    private static IEnumerable<Probe> JsonStreams()
    {
        string closed() => OrderKernelJson.WriteEvents(Stages.At(Stage.Closed).Events);
        yield return P("json-stream/closed-order/as-written", 5, Expect.Survival, () => Harness.ReplayJson(closed()));
        yield return P("json-stream/empty-array", 5, Expect.Survival, () => Harness.ReplayJson("[]"));
        yield return P("json-stream/[null]", 5, Expect.ReaderRefusal, () => Harness.ReplayJson("[null]"));
        yield return P("json-stream/closed-order-with-a-null-item", 5, Expect.ReaderRefusal, () => Harness.ReplayJson(closed().Insert(closed().Length - 1, ",null")));
        yield return P("json-stream/closed-order-with-a-null-first-item", 5, Expect.ReaderRefusal, () => Harness.ReplayJson("[null," + closed()[1..]));
        yield return P("json-stream/an-object-not-an-array", 5, Expect.ReaderRefusal, () => Harness.ReplayJson(JsonEdit.Of(Stages.At(Stage.Received).Events[0])));
        yield return P("json-stream/null", 5, Expect.ReaderRefusal, () => Harness.ReplayJson("null"));
        yield return P("json-stream/nested-arrays-depth-100000", 7, Expect.ReaderRefusal, () => Harness.ReplayJson(new string('[', 100_000) + new string(']', 100_000)));
        yield return P("json-stream/event-without-by", 5, Expect.ReaderRefusal, () =>
        {
            var node = JsonNode.Parse(closed())!.AsArray();
            node[3]!.AsObject().Remove("by");
            return Harness.ReplayJson(node.ToJsonString());
        });
        yield return P("json-stream/event-with-by=null", 5, Expect.ReaderRefusal, () =>
        {
            var node = JsonNode.Parse(closed())!.AsArray();
            node[3]!.AsObject()["by"] = null;
            return Harness.ReplayJson(node.ToJsonString());
        });
    }

    // ------------------------------------------------------------------ snapshots

    private static IEnumerable<Probe> JsonSnapshots()
    {
        Probe S(string name, int c, Expect expect, Stage stage, Func<string, string> edit) =>
            P("json-snapshot/" + name, c, expect, () => Harness.Snapshot(Harness.Run("probe setup: edit the JSON", () => edit(OrderKernelJson.WriteSnapshot(Stages.State(stage)))), Stages.Next(stage)));

        foreach (var stage in new[] { Stage.Received, Stage.Quoted, Stage.Contracted, Stage.InProduction, Stage.Shipped, Stage.Closed })
        {
            yield return S($"{stage}/as-written", 3, Expect.Survival, stage, j => j);
        }

        yield return P("json-snapshot/empty-object", 3, Expect.ReaderRefusal, () => Harness.Snapshot("{}"));
        yield return P("json-snapshot/empty-order", 3, Expect.ReaderRefusal, () => Harness.Snapshot("{\"schemaVersion\":1,\"order\":{}}"));
        yield return P("json-snapshot/order=null", 3, Expect.ReaderRefusal, () => Harness.Snapshot("{\"schemaVersion\":1,\"order\":null}"));
        foreach (var member in new[] { "id", "customer", "timeZoneId", "paymentTerms", "lines", "status", "currency", "version", "receivedAt", "qualityRequirements", "milestones", "appliedCommands" })
        {
            yield return S($"InProduction/without-{member}", 3, Expect.ReaderRefusal, Stage.InProduction, j => JsonEdit.Remove(j, "order." + member));
            yield return S($"InProduction/{member}=null", 3, Expect.ReaderRefusal, Stage.InProduction, j => JsonEdit.Set(j, "order." + member, null));
        }

        yield return S("InProduction/lines=[]", 3, Expect.Refusal, Stage.InProduction, j => JsonEdit.Raw(j, "order.lines", "[]"));
        yield return S("InProduction/timeZoneId=Mars-Olympus", 3, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.timeZoneId", "Mars/Olympus"));
        yield return S("InProduction/timeZoneId=empty", 3, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.timeZoneId", string.Empty));
        yield return S("Received/status=Quoted-without-a-quotation", 3, Expect.Refusal, Stage.Received, j => JsonEdit.Set(j, "order.status", "Quoted"));
        yield return S("Received/status=Shipped-without-shipments", 3, Expect.Refusal, Stage.Received, j => JsonEdit.Set(j, "order.status", "Shipped"));
        yield return S("Received/status=InProduction-without-a-contract", 3, Expect.Refusal, Stage.Received, j => JsonEdit.Set(j, "order.status", "InProduction"));
        yield return S("Received/status=Closed-without-a-contract", 3, Expect.Refusal, Stage.Received, j => JsonEdit.Set(j, "order.status", "Closed"));
        yield return S("InProduction/status=Draft", 3, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.status", "Draft"));
        yield return S("InProduction/without-contract", 3, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.contract", null));
        yield return S("Shipped/without-shipment-release", 3, Expect.Refusal, Stage.Shipped, j => JsonEdit.Set(j, "order.shipmentRelease", null));
        yield return S("InProduction/status=lower-case", 4, Expect.ReaderRefusal, Stage.InProduction, j => JsonEdit.Set(j, "order.status", "inproduction"));
        yield return S("InProduction/status=undefined-digit-99", 4, Expect.ReaderRefusal, Stage.InProduction, j => JsonEdit.Set(j, "order.status", "99"));
        yield return S("InProduction/channel=flag-list", 4, Expect.ReaderRefusal, Stage.InProduction, j => JsonEdit.Set(j, "order.channel", "Email, Fax"));
        yield return S("InProduction/version=-1", 3, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.version", -1));
        yield return S("InProduction/version=0", 3, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.version", 0));
        yield return S("InProduction/currency=EUR-with-USD-lines", 3, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.currency", "EUR"));
        yield return S("InProduction/receivedAt=9999-12-31", 1, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.receivedAt", "9999-12-31T23:59:59Z"));
        yield return S("InProduction/requestedDeliveryDate=9999-12-31", 1, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.requestedDeliveryDate", "9999-12-31"));
        yield return S("InProduction/appliedCommands=[null]", 4, Expect.ReaderRefusal, Stage.InProduction, j => JsonEdit.Raw(j, "order.appliedCommands", "[null]"));
        yield return S("InProduction/lines=[null]", 4, Expect.ReaderRefusal, Stage.InProduction, j => JsonEdit.Raw(j, "order.lines", "[null]"));
        yield return S("InProduction/customer.name=lone-surrogate", 4, Expect.Refusal, Stage.InProduction, j => JsonEdit.Raw(j, "order.customer.name", "\"\\ud800\""));
        yield return S("InProduction/schemaVersion=2", 3, Expect.ReaderRefusal, Stage.InProduction, j => JsonEdit.Set(j, "schemaVersion", 2));
        yield return S("InProduction/2001-idempotency-keys", 2, Expect.Refusal, Stage.InProduction, j => JsonEdit.Set(j, "order.appliedCommands", new JsonArray(Enumerable.Range(0, 2_001).Select(i => (JsonNode?)new JsonObject { ["idempotencyKey"] = "k-" + i, ["fingerprint"] = "f" }).ToArray())));
    }
}
