using NodaTime;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using static OrderKernel.Testing.SeedOrder;
using Stage = OrderKernel.Testing.ScenarioStage;
using L = OrderKernel.KernelLimits;

namespace OrderKernel.Tests.Boundary;

/// <summary>C# probes: commands and contexts built in code, authorization, idempotency, separation of duties, sizes, boundary values.</summary>
internal static partial class ProbeCatalog
{
    private const string LoneHigh = "credit \ud800 check";
    private const string LoneLow = "\udc00";

    private static readonly LocalDate Max = LocalDate.MaxIsoValue;
    private static readonly LocalDate Min = LocalDate.MinIsoValue;
    private static readonly LocalDate Y9999 = new(9999, 12, 31);
    private static readonly LocalDate AfterLimit = L.MaxDate.PlusDays(1);

    private static Money Usd(decimal amount) => Money.Of(amount, Currency.USD);

    private static OrderLine LineWith(decimal quantity, decimal price, string? spec = null, LocalDate? requested = null, string id = "10") =>
        OrderLine.Create(LineId.From(id), ProductId.From("TV-55-UHD"), spec ?? "55\" UHD", Quantity.Pieces(quantity), Usd(price), requested);

    private static ReceiveOrder ReceiveWith(params OrderLine[] lines) => Receive() with { Lines = ValueList<OrderLine>.Of(lines) };

    private static Probe Chain(string name, int c, Expect expect, Stage? from, Move[] setup, params Move[] moves) =>
        P(name, c, expect, () => Harness.Chain(from is { } st ? Stages.Start(st) : new Start(null, Scenario.Start), setup, moves));

    // ------------------------------------------------------------------ C# inputs: contexts, actors, defaults, odd enums

    private static IEnumerable<Probe> CSharpInputs()
    {
        var received = Stages.At(Stage.Received);
        var last = received.Now;
        foreach (var (label, now, expect) in new (string, Instant, Expect)[]
        {
            ("Instant.MinValue", Instant.MinValue, Expect.Refusal), ("Instant.MaxValue", Instant.MaxValue, Expect.Refusal),
            ("one-tick-before-the-last-event", last - Duration.Epsilon, Expect.Refusal), ("a-year-before-the-order", last - Duration.FromDays(365), Expect.Refusal),
            ("the-last-event's-instant", last, Expect.Survival), ("2199-12-30 (within the limits)", Instant.FromUtc(2199, 12, 30, 0, 0), Expect.Survival),
            ("2200-01-01 (after the limits)", Instant.FromUtc(2200, 1, 1, 0, 0), Expect.Refusal), ("9999-12-31T23:59", Instant.FromUtc(9999, 12, 31, 23, 59), Expect.Refusal),
        })
        {
            yield return At($"csharp/record-order/now={label}", 6, expect, Stage.Received, Actors.Clerk, (_, _) => new RecordOrder(123), now);
        }

        foreach (var (label, now) in new[] { ("Instant.MinValue", Instant.MinValue), ("Instant.MaxValue", Instant.MaxValue), ("1899-12-31", Instant.FromUtc(1899, 12, 31, 0, 0)), ("9999-12-31", Instant.FromUtc(9999, 12, 31, 0, 0)) })
        {
            yield return At($"csharp/receive-order/now={label}", 6, Expect.Refusal, null, Actors.Sales, (_, _) => Receive(), now);
        }

        yield return At("csharp/receive-order/now=2199-12-30", 1, Expect.Survival, null, Actors.Sales, (_, _) => Receive(delivery: new LocalDate(2199, 12, 31)), Instant.FromUtc(2199, 12, 30, 0, 0));
        yield return P("csharp/happy-path-decided-at-2199-12", 1, Expect.Survival, () => Harness.Chain(new Start(null, Instant.FromUtc(2199, 12, 20, 0, 0)), [], [Move.Of(Receive(delivery: new LocalDate(2199, 12, 31)), Actors.Sales), Move.Of(new RecordOrder(1), Actors.Clerk), Move.Of(new SubmitForReview(), Actors.Sales)]));

        // Actors built by a host: odd ids and names (refused at construction or at the door).
        foreach (var (label, id, name) in new[] { ("name-with-lone-surrogate", "u-x", LoneHigh), ("id-with-lone-surrogate", "u-\ud800", "X"), ("id-of-10000-chars", new string('u', 10_000), "X"), ("name-of-1-MB", "u-x", new string('n', 1_000_000)) })
        {
            yield return P($"csharp/actor/{label}", 4, Expect.Refusal, () =>
            {
                Actor actor;
                try
                {
                    actor = Actor.Create(id, name, Role.OrderClerk);
                }
                catch (ArgumentException e)
                {
                    return new ProbeOutcome(Verdict.Refused, "construction", e.GetType().Name);
                }

                return Harness.Decide(Stages.State(Stage.Received), new RecordOrder(123), actor, Stages.Next(Stage.Received));
            });
        }

        // Defaults and undefined enum values.
        yield return At("csharp/receive-order/line-unit-price=default(Money)", 6, Expect.Refusal, null, Actors.Sales, (_, _) => ReceiveWith(OrderLine.Create(Line, ProductId.From("TV"), "tv", Quantity.Pieces(1), default(Money))));
        yield return At("csharp/receive-order/line-quantity=default(Quantity)", 6, Expect.Refusal, null, Actors.Sales, (_, _) => ReceiveWith(OrderLine.Create(Line, ProductId.From("TV"), "tv", default, Usd(85m))));
        yield return At("csharp/receive-order/lines=default(ValueList)", 6, Expect.Refusal, null, Actors.Sales, (_, _) => Receive() with { Lines = default });
        yield return At("csharp/confirm-payment/amount=default(Money)", 6, Expect.Refusal, Stage.Contracted, Actors.Finance, (_, now) => new ConfirmPayment(default, "ACME", PaymentInstrument.TelegraphicTransfer, "TT-D", now));
        yield return At("csharp/cancel-order/costs=default(Money)", 6, Expect.Refusal, Stage.Contracted, Actors.SalesManager, (_, _) => new CancelOrder("x", default(Money)));
        yield return At("csharp/record-refund/amount=default(Money)", 6, Expect.Refusal, Stage.Delivered, Actors.Finance, (_, _) => new RecordRefund(default, "RF", "x"));
        yield return At("csharp/record-return/quantity=default(Quantity)", 6, Expect.Refusal, Stage.Delivered, Actors.Sales, (_, _) => new RecordReturn(Line, default, ReturnKind.Return, "x"));
        yield return At("csharp/prepare-quotation/price=default(Money)", 6, Expect.Refusal, Stage.Reviewed, Actors.Sales, (_, now) => new PrepareQuotation(12, ValueList<QuotationPrice>.Of(new QuotationPrice(Line, default, Percentage.Zero)), new LocalDate(2026, 4, 30)));
        yield return At("csharp/ship/line-quantity=default(Quantity)", 6, Expect.Refusal, Stage.Released, Actors.Warehouse, (_, _) => new Ship("C", "d", "W", ValueList<string>.Of("inv"), ValueList<ShippedLine>.Of(new ShippedLine(Line, default))));
        yield return At("csharp/place-hold/code=(HoldCode)99", 4, Expect.Refusal, Stage.Recorded, Actors.FinanceManager, (_, _) => new PlaceHold((HoldCode)99, "x"));
        yield return At("csharp/sign-review/department=(Department)42", 4, Expect.Refusal, Stage.Recorded, Actors.SalesManager, (_, _) => new SignReview((Department)42, ReviewVerdict.Approve, "x", Duration.FromHours(1), default));
        yield return At("csharp/confirm-payment/instrument=(PaymentInstrument)3-as-flags", 4, Expect.Refusal, Stage.Contracted, Actors.Finance, (_, now) => new ConfirmPayment(Usd(51_000m), "ACME", (PaymentInstrument)99, "TT-E", now));
        yield return At("csharp/receive-order/channel=(Channel)-1", 4, Expect.Refusal, null, Actors.Sales, (_, _) => Receive() with { Channel = (Channel)(-1) });
        yield return At("csharp/receive-order/tier=(CustomerTier)7", 4, Expect.Refusal, null, Actors.Sales, (_, _) => Receive() with { Customer = CustomerInfo.Create(CustomerId.From("c"), "c", (CustomerTier)7) });
        yield return At("csharp/record-inspection/grade=(QualityGrade)9", 4, Expect.Refusal, Stage.Produced, Actors.QualityInspector, (_, _) => new RecordInspection((QualityGrade)9, 2000, 0, "x"));
        yield return At("csharp/complete-step/step=(TrackedStep)9", 4, Expect.Refusal, Stage.InProduction, Actors.ProductionManager, (_, _) => new CompleteStep((TrackedStep)9, "x"));
        yield return At("csharp/record-excusable-delay/cause=(ExcusableCause)9", 4, Expect.Refusal, Stage.InProduction, Actors.SalesManager, (_, _) => new RecordExcusableDelay((ExcusableCause)9, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 2), "x"));
        yield return At("csharp/approve-quotation/level=(ApprovalLevel)9", 4, Expect.Refusal, Stage.Quoted, Actors.DepartmentHead, (_, _) => new ApproveQuotation((ApprovalLevel)9, "x"));
        yield return At("csharp/record-return/disposition=(ReturnKind)9", 4, Expect.Refusal, Stage.Delivered, Actors.Sales, (_, _) => new RecordReturn(Line, Quantity.Pieces(1), (ReturnKind)9, "x"));

        // Numbers and durations at and past their ends.
        yield return At("csharp/record-order/sequence=long.MaxValue", 1, Expect.Refusal, Stage.Received, Actors.Clerk, (_, _) => new RecordOrder(long.MaxValue));
        yield return At("csharp/record-order/sequence=max-allowed", 1, Expect.Survival, Stage.Received, Actors.Clerk, (_, _) => new RecordOrder(L.MaxSequence));
        yield return At("csharp/record-order/sequence=-1", 1, Expect.Refusal, Stage.Received, Actors.Clerk, (_, _) => new RecordOrder(-1));
        yield return At("csharp/sign-contract/sequence=long.MaxValue", 1, Expect.Refusal, Stage.Accepted, Actors.SalesManager, (_, _) => new SignContract(long.MaxValue));
        yield return At("csharp/prepare-quotation/sequence=long.MaxValue", 1, Expect.Refusal, Stage.Reviewed, Actors.Sales, (_, _) => new PrepareQuotation(long.MaxValue, Prices(), new LocalDate(2026, 4, 30)));
        yield return At("csharp/send-sample/units=int.MaxValue", 1, Expect.Refusal, Stage.DepositPaid, Actors.TechnicalManager, (_, _) => new SendSample(int.MaxValue, "x"));
        yield return At("csharp/record-inspection/sample=int.MaxValue", 1, Expect.Refusal, Stage.Produced, Actors.QualityInspector, (_, _) => new RecordInspection(QualityGrade.First, int.MaxValue, 0, "x"));
        yield return At("csharp/report-production-exception/delay=Duration.MaxValue", 1, Expect.Refusal, Stage.InProduction, Actors.Production, (_, _) => new ReportProductionException("x", Duration.MaxValue));
        yield return At("csharp/report-production-exception/delay=negative", 1, Expect.Refusal, Stage.InProduction, Actors.Production, (_, _) => new ReportProductionException("x", Duration.FromHours(-1)));
        yield return At("csharp/report-production-exception/delay=max-allowed", 1, Expect.Survival, Stage.InProduction, Actors.Production, (_, _) => new ReportProductionException("x", L.MaxDuration));
        yield return At("csharp/sign-review/working-time=Duration.MaxValue", 1, Expect.Refusal, Stage.Recorded, Actors.SalesManager, (_, _) => new SignReview(Department.Sales, ReviewVerdict.Approve, "x", Duration.MaxValue, default));
        yield return At("csharp/sign-review/working-time=Duration.MinValue", 1, Expect.Refusal, Stage.Recorded, Actors.SalesManager, (_, _) => new SignReview(Department.Sales, ReviewVerdict.Approve, "x", Duration.MinValue, default));
        yield return Chain("csharp/sign-review/working-time=max-allowed", 1, Expect.Survival, Stage.Recorded, [Move.Of(new SubmitForReview(), Actors.Sales)], Move.Of(new SignReview(Department.Sales, ReviewVerdict.Approve, "x", L.MaxDuration, TvOrder.Answers(Department.Sales)), Actors.SalesManager));
        yield return Chain("csharp/sign-review/working-time=Duration.MaxValue-in-review", 1, Expect.Refusal, Stage.Recorded, [Move.Of(new SubmitForReview(), Actors.Sales)], Move.Of(new SignReview(Department.Sales, ReviewVerdict.Approve, "x", Duration.MaxValue, default), Actors.SalesManager));

        // Lone surrogates in text built in C#.
        foreach (var (label, text) in new[] { ("lone-high-surrogate", LoneHigh), ("lone-low-surrogate", LoneLow) })
        {
            yield return At($"csharp/place-hold/reason={label}", 4, Expect.Refusal, Stage.Recorded, Actors.FinanceManager, (_, _) => new PlaceHold(HoldCode.Credit, text));
            yield return At($"csharp/receive-order/specification={label}", 4, Expect.Refusal, null, Actors.Sales, (_, _) => ReceiveWith(LineWith(2000, 85m, spec: text)));
            yield return At($"csharp/receive-order/customer-name={label}", 4, Expect.Refusal, null, Actors.Sales, (_, _) => Receive() with { Customer = CustomerInfo.Create(CustomerId.From("c"), text, CustomerTier.Ordinary) });
            yield return At($"csharp/ship/carrier={label}", 4, Expect.Refusal, Stage.Released, Actors.Warehouse, (_, _) => new Ship(text, "d", "W", ValueList<string>.Of("inv")));
            yield return At($"csharp/place-hold/idempotency-key={label}", 4, Expect.Refusal, Stage.Recorded, Actors.FinanceManager, (_, _) => new PlaceHold(HoldCode.Credit, "x") { IdempotencyKey = text });
        }
    }

    // ------------------------------------------------------------------ authorization

    private static readonly Lazy<Dictionary<CommandKind, (Order? State, Instant Now, OrderCommand Command, Actor Actor)>> Applicable = new(() =>
    {
        // For every kind: a state reachable from the happy path where its canonical command, by a seed actor the policy
        // authorizes, is accepted. Breadth first: the happy path's stages, then the states those new kinds lead to.
        var map = new Dictionary<CommandKind, (Order?, Instant, OrderCommand, Actor)>();
        var expanded = new Dictionary<CommandKind, int>();
        var frontier = new List<(Order? State, Instant Now)> { ((Order?)null, Scenario.Start), ((Order?)InReview!.Value, Stages.Next(Stage.Recorded) + Duration.FromHours(2)) };
        frontier.AddRange(Enum.GetValues<Stage>().Select(st => ((Order?)Stages.State(st), Stages.Next(st))));

        // A software change through its whole route (submit, assess, approve, test, customer confirmation) from production.
        var change = Through(Stage.InProduction);
        foreach (var (c, a) in new (OrderCommand, Actor)[]
        {
            (new SubmitChangeRequest("CR-1", new ChangeProposal(ChangeKind.Specification, Line, Area: SpecificationArea.Software, NewSpecification: "firmware 3.3"), "retailer"), Actors.Sales),
            (new AssessChangeRequest("CR-1"), Actors.TechnicalManager), (new ApproveChangeRequest("CR-1", "ok"), Actors.ProductionManager),
            (new RecordChangeTest("CR-1", true, "ok"), Actors.TechnicalManager), (new ConfirmChangeByCustomer("CR-1"), Actors.Customer),
        })
        {
            if (change.Try(c, a).IsT0)
            {
                frontier.Add((change.Current, change.Now + Duration.FromHours(1)));
            }
        }

        for (var depth = 0; depth < 8 && frontier.Count > 0; depth++)
        {
            var next = new List<(Order? State, Instant Now)>();
            foreach (var (state, now) in frontier)
            {
                foreach (var command in Canonical.For(state, now, now + Duration.FromDays(3650)))
                {
                    // Change requests and review rejections need several steps of their own kinds: follow those a few times.
                    var follow = command is OrderKernel.SignReview { Verdict: ReviewVerdict.Reject } || command.Kind.ToString().Contains("Change", StringComparison.Ordinal);
                    if (map.ContainsKey(command.Kind) && (!follow || expanded.GetValueOrDefault(command.Kind) >= 12))
                    {
                        continue;
                    }

                    foreach (var actor in Actors.All.Where(a => OrderPolicies.Default.Authorization.Authorize(a, command.Kind) is null))
                    {
                        if (OrderDecider.Decide(state, command, DecisionContext.Create(now, actor, Harness.Policies)).TryPickT0(out var ok, out _))
                        {
                            map.TryAdd(command.Kind, (state, now, command, actor));
                            expanded[command.Kind] = expanded.GetValueOrDefault(command.Kind) + 1;
                            next.Add((ok.State, now + Duration.FromHours(1)));
                            if (!follow)
                            {
                                break;
                            }
                        }
                    }
                }
            }

            frontier = next;
        }

        return map;
    });

    private static IEnumerable<Probe> Authorization()
    {
        var custom = Actor.Create("u-admin", "Host admin (custom role)", Role.Of("admin"));
        var emptyRoles = Actor.Create("u-empty", "Empty roles", ReadOnlySpan<Role>.Empty);
        foreach (var kind in Enum.GetValues<CommandKind>())
        {
            foreach (var (label, actor) in new[] { ("no-roles", Harness.Nobody), ("empty-role-list", emptyRoles), ("custom-role-only", custom) })
            {
                yield return P($"authorization/{kind}/by-{label}", 2, Expect.Refusal, () =>
                {
                    if (!Applicable.Value.TryGetValue(kind, out var where))
                    {
                        throw new ProbeBroke("probe setup", $"no stage of the happy path accepts the canonical {kind}");
                    }

                    return Harness.Decide(where.State, where.Command, actor, where.Now);
                });
            }

            // The premise: by its own actor the same command is accepted and survives.
            yield return P($"authorization/{kind}/by-its-own-role", 2, Expect.Survival, () =>
            {
                if (!Applicable.Value.TryGetValue(kind, out var where))
                {
                    throw new ProbeBroke("probe setup", $"no stage of the happy path accepts the canonical {kind}");
                }

                return Harness.Decide(where.State, where.Command, where.Actor, where.Now);
            });
        }
    }

    // ------------------------------------------------------------------ idempotency

    private static IEnumerable<Probe> Idempotency()
    {
        var hold = new PlaceHold(HoldCode.Credit, "credit check") { IdempotencyKey = "k-1" };
        var fm = Actors.FinanceManager;
        yield return Chain("idempotency/same-key-same-command-twice", 2, Expect.Survival, Stage.Recorded, [Move.Of(hold, fm)], Move.Of(hold, fm));
        yield return Chain("idempotency/same-key-then-cancel", 2, Expect.Refusal, Stage.Contracted, [Move.Of(hold, fm)], Move.Of(new CancelOrder("customer request", Usd(2_000m)) { IdempotencyKey = "k-1" }, Actors.SalesManager));
        yield return Chain("idempotency/same-key-same-kind-other-payload", 2, Expect.Refusal, Stage.Recorded, [Move.Of(hold, fm), Move.Of(new ReleaseHold("ok"), fm)], Move.Of(new PlaceHold(HoldCode.Quality, "other reason") { IdempotencyKey = "k-1" }, fm));
        yield return Chain("idempotency/same-key-payment-other-amount", 2, Expect.Refusal, Stage.Contracted, [Move.Of(Pay(1_000m, "TT-1", Stages.At(Stage.Contracted).Now) with { IdempotencyKey = "pay-1" }, Actors.Finance)], Move.Of(Pay(2_000m, "TT-2", Stages.At(Stage.Contracted).Now) with { IdempotencyKey = "pay-1" }, Actors.Finance));
        yield return Chain("idempotency/same-key-payment-same-body", 2, Expect.Survival, Stage.Contracted, [Move.Of(Pay(1_000m, "TT-1", Stages.At(Stage.Contracted).Now) with { IdempotencyKey = "pay-1" }, Actors.Finance)], Move.Of(Pay(1_000m, "TT-1", Stages.At(Stage.Contracted).Now) with { IdempotencyKey = "pay-1" }, Actors.Finance));
        yield return Chain("idempotency/same-key-by-an-actor-without-the-role", 2, Expect.Refusal, Stage.Recorded, [Move.Of(hold, fm)], Move.Of(hold, Harness.Nobody));
        yield return Chain("idempotency/same-key-by-the-customer", 2, Expect.Refusal, Stage.Recorded, [Move.Of(hold, fm)], Move.Of(hold, Actors.Customer));
        yield return Chain("idempotency/receive-key-reused-for-record", 2, Expect.Refusal, null, [Move.Of(Receive() with { IdempotencyKey = "req-1" }, Actors.Sales)], Move.Of(new RecordOrder(123) { IdempotencyKey = "req-1" }, Actors.Clerk));
        yield return Chain("idempotency/receive-twice-with-the-same-key", 2, Expect.Survival, null, [Move.Of(Receive() with { IdempotencyKey = "req-1" }, Actors.Sales)], Move.Of(Receive() with { IdempotencyKey = "req-1" }, Actors.Sales));
        yield return Chain("idempotency/hold-key-reused-for-release", 2, Expect.Refusal, Stage.Recorded, [Move.Of(hold, fm)], Move.Of(new ReleaseHold("cleared") { IdempotencyKey = "k-1" }, fm));
        yield return At("idempotency/key=whitespace", 2, Expect.Refusal, Stage.Recorded, fm, (_, _) => hold with { IdempotencyKey = "   " });
        yield return At("idempotency/key=10000-chars", 2, Expect.Refusal, Stage.Recorded, fm, (_, _) => hold with { IdempotencyKey = new string('k', 10_000) });
        yield return At("idempotency/key=max-length", 2, Expect.Survival, Stage.Recorded, fm, (_, _) => hold with { IdempotencyKey = new string('k', L.MaxKeyLength) });
        yield return P("idempotency/600-keyed-commands-keep-the-stored-keys-bounded", 2, Expect.Survival, () =>
        {
            var moves = Enumerable.Range(0, 600).Select(i => new Move((_, _) => new ReportProgress(Percentage.Of(50), "p") { IdempotencyKey = "p-" + i }, Actors.Production, Duration.FromMinutes(1))).ToArray();
            var outcome = Harness.Chain(Stages.Start(Stage.InProduction), moves[..^1], moves[^1..]);
            var state = OrderDecider.Replay(Stages.At(Stage.InProduction).Events)!;
            var now = Stages.Next(Stage.InProduction);
            foreach (var m in moves)
            {
                now += Duration.FromMinutes(1);
                state = OrderDecider.Decide(state, m.Make(state, now)!, DecisionContext.Create(now, m.Actor)).AsT0.State;
            }

            if (state.AppliedCommands.Count > L.IdempotencyWindow)
            {
                throw new ProbeBroke("bounded keys", $"the order stores {state.AppliedCommands.Count} idempotency keys; at most {L.IdempotencyWindow} (the documented window)");
            }

            return outcome;
        });
    }

    // ------------------------------------------------------------------ separation of duties

    /// <summary>The happy path's commands, stage by stage (as <see cref="TvOrder.Through"/> issues them).</summary>
    private static readonly (Stage Stage, Move[] Moves)[] HappyPath =
    [
        (Stage.Received, [Move.Of(Receive(), Actors.Sales)]),
        (Stage.Recorded, [Move.Of(new RecordOrder(123), Actors.Clerk)]),
        (Stage.Reviewed, [Move.Of(new SubmitForReview(), Actors.Sales), Move.Of(Approve(Department.Sales), Actors.SalesManager), Move.Of(Approve(Department.Production), Actors.ProductionManager), Move.Of(Approve(Department.Technical), Actors.TechnicalManager)]),
        (Stage.Quoted, [Move.Of(new PrepareQuotation(12, Prices(), new LocalDate(2026, 3, 31)), Actors.Sales)]),
        (Stage.Approved, [Move.Of(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), Actors.DepartmentHead), Move.Of(new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"), Actors.GeneralManager)]),
        (Stage.Accepted, [Move.Of(new AcceptQuotation(), Actors.Customer)]),
        (Stage.Contracted, [.. ContractIntoForce().Select(m => Move.Of(m.Command, m.Actor))]),
        (Stage.DepositPaid, [new Move((_, now) => Pay(51_000m, "TT-DEP-1", now), Actors.Finance)]),
        (Stage.InProduction, [Move.Of(new ReleaseToProduction(new LocalDate(2026, 6, 15)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 6, 15) }, Actors.ProductionManager)]),
        (Stage.Produced, [Move.Of(new ReportProgress(Percentage.Of(50), "on schedule"), Actors.Production), Move.Of(new CompleteProduction(), Actors.Production)]),
        (Stage.Inspected, [Move.Of(new RecordInspection(QualityGrade.First, 2000, 1, "passed"), Actors.QualityInspector)]),
        (Stage.BalancePaid, [new Move((_, now) => Pay(119_000m, "TT-BAL-1", now), Actors.Finance)]),
        (Stage.Released, [Move.Of(new ReleaseForShipment(), Actors.VicePresident)]),
        (Stage.Shipped, [Move.Of(new Ship("COSCO", "truck 1", "WB-1", ValueList<string>.Of("invoice")), Actors.Warehouse)]),
        (Stage.Delivered, [new Move((_, now) => new ConfirmDelivery("dock", now), Actors.Customer)]),
        (Stage.Completed, [Move.Of(new CompleteOrder(), Actors.Sales)]),
        (Stage.Closed, [Move.Of(new CloseOrder(), Actors.Finance)]),
    ];

    /// <summary>
    /// The happy path to <paramref name="until"/> for any order: the review signs whatever departments it routed, the
    /// quotation gets whatever levels it needs and prices every line, payments pay what the contract says is due.
    /// </summary>
    private static Move[] Path(Stage until, ReceiveOrder? receive = null, Func<Order?, PrepareQuotation>? quote = null)
    {
        var moves = new List<(Stage Stage, Move Move)>
        {
            (Stage.Received, Move.Of(receive ?? Receive(), Actors.Sales)),
            (Stage.Recorded, Move.Of(new RecordOrder(123), Actors.Clerk)),
            (Stage.Reviewed, Move.Of(new SubmitForReview(), Actors.Sales)),
        };
        moves.AddRange(Enumerable.Range(0, 6).Select(_ => (Stage.Reviewed, Move.SignPending())));
        moves.Add((Stage.Quoted, new Move((s, _) => quote?.Invoke(s) ?? new PrepareQuotation(12, ValueList<QuotationPrice>.From(s!.Lines.Select(l => new QuotationPrice(l.Id, l.UnitPrice ?? Usd(85m), Percentage.Zero))), new LocalDate(2026, 3, 31)), Actors.Sales)));
        moves.AddRange(Enumerable.Range(0, 3).Select(_ => (Stage.Approved, Move.ApprovePending())));
        moves.Add((Stage.Accepted, Move.Of(new AcceptQuotation(), Actors.Customer)));
        moves.AddRange(ContractIntoForce().Select(m => (Stage.Contracted, Move.Of(m.Command, m.Actor))));
        moves.Add((Stage.DepositPaid, new Move((s, now) => s?.Contract is { Deposit.IsPositive: true } c && !(c.Deposit - s.TotalPaid).IsNegative && !(c.Deposit - s.TotalPaid).IsZero ? Pay((c.Deposit - s.TotalPaid).Amount, "TT-DEP", now) : null, Actors.Finance)));
        moves.AddRange(HappyPath.Where(p => p.Stage is > Stage.DepositPaid and < Stage.BalancePaid).SelectMany(p => p.Moves.Select(m => (p.Stage, m))));
        moves.Add((Stage.BalancePaid, new Move((s, now) => s?.Contract is { } c && (c.DueBeforeShipment - s.TotalPaid).IsPositive ? Pay((c.DueBeforeShipment - s.TotalPaid).Amount, "TT-BAL", now) : null, Actors.Finance)));
        moves.AddRange(HappyPath.Where(p => p.Stage > Stage.BalancePaid).SelectMany(p => p.Moves.Select(m => (p.Stage, m))));
        return moves.Where(m => m.Stage <= until).Select(m => m.Move).ToArray();
    }

    private static IEnumerable<Probe> Separation()
    {
        var all = Harness.Everyone;
        Move By(Move m, Actor a) => m with { Actor = a };

        // One person with every role doing one step, everyone else the seed's people: nothing to separate, it survives.
        for (var i = 0; i < HappyPath.Length; i++)
        {
            var (stage, moves) = HappyPath[i];
            Stage? before = i == 0 ? null : HappyPath[i - 1].Stage;
            for (var j = 0; j < moves.Length; j++)
            {
                var setup = moves[..j];
                yield return Chain($"separation/one-step-by-everyone/{stage}-{j + 1}-{moves[j].Make(null, Scenario.Start)!.Kind}", 8, Expect.Survival, before, setup, By(moves[j], all));
            }
        }

        // One person with every role doing every step of the happy path: strict separation refuses somewhere.
        yield return Chain("separation/everyone-does-the-whole-happy-path", 8, Expect.Refusal, null, [], HappyPath.SelectMany(s => s.Moves).Select(m => By(m, all)).ToArray());

        var prepare = Move.Of(new PrepareQuotation(12, Prices(), new LocalDate(2026, 3, 31)), Actors.Sales);
        var dh = Move.Of(new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.DepartmentHead);
        var gm = Move.Of(new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), Actors.GeneralManager);
        yield return Chain("separation/preparer-approves-own-quotation", 8, Expect.Refusal, Stage.Reviewed, [], By(prepare, all), By(dh, all));
        yield return Chain("separation/one-person-approves-every-quotation-level", 8, Expect.Refusal, Stage.Reviewed, [prepare], By(dh, all), By(gm, all));
        var salesAndHead = Actor.Create("u-sales-head", "Sales and head", Role.SalesRepresentative, Role.DepartmentHead);
        yield return Chain("separation/approver-revises-unchanged-quotation-and-keeps-the-approval", 8, Expect.Refusal, Stage.Reviewed, [prepare], By(dh, salesAndHead), Move.Of(new ReviseQuotation(Prices(), new LocalDate(2026, 3, 31), "same"), salesAndHead), gm, Move.Of(new AcceptQuotation(), Actors.Customer));
        yield return Chain("separation/one-person-signs-every-review-department", 8, Expect.Refusal, Stage.Recorded, [Move.Of(new SubmitForReview(), Actors.Sales)], Move.Of(Approve(Department.Sales), all), Move.Of(Approve(Department.Production), all), Move.Of(Approve(Department.Technical), all));
        yield return Chain("separation/submitter-signs-the-review", 8, Expect.Survival, Stage.Recorded, [], Move.Of(new SubmitForReview(), all), Move.Of(Approve(Department.Sales), all));
        yield return Chain("separation/one-person-releases-and-dispatches", 8, Expect.Refusal, Stage.BalancePaid, [], Move.Of(new ReleaseForShipment(), all), Move.Of(new Ship("COSCO", "truck", "WB", ValueList<string>.Of("invoice")), all));
        yield return Chain("separation/receiver-records-the-order", 8, Expect.Survival, null, [], Move.Of(Receive(), all), Move.Of(new RecordOrder(1), all));
        var priceChange = new SubmitChangeRequest("CR-P", new ChangeProposal(ChangeKind.UnitPrice, Line, NewUnitPrice: Usd(80m)), "discount");
        yield return Chain("separation/one-person-gives-both-price-change-approvals", 8, Expect.Refusal, Stage.InProduction, [Move.Of(priceChange, Actors.Sales), Move.Of(new AssessChangeRequest("CR-P"), Actors.SalesManager)], Move.Of(new ApproveChangeRequest("CR-P", "ok"), all), Move.Of(new ApproveChangeRequest("CR-P", "ok"), all), Move.Of(new ApplyChangeRequest("CR-P"), Actors.SalesManager));
        yield return Chain("separation/requester-approves-own-change", 8, Expect.Refusal, Stage.InProduction, [], Move.Of(priceChange, all), Move.Of(new AssessChangeRequest("CR-P"), all), Move.Of(new ApproveChangeRequest("CR-P", "ok"), all));
        yield return Chain("separation/payer-confirms-and-refunds-to-self", 8, Expect.Survival, Stage.Delivered, [], Move.Of(new RecordRefund(Usd(1m), "RF-1", "x"), all));
    }

    // ------------------------------------------------------------------ sizes

    private static IEnumerable<Probe> Sizes()
    {
        OrderLine[] Lines(int n) => Enumerable.Range(1, n).Select(i => LineWith(10, 85m, id: i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        yield return At("sizes/receive-order/max-lines", 7, Expect.Survival, null, Actors.Sales, (_, _) => ReceiveWith(Lines(L.MaxLines)));
        yield return At("sizes/receive-order/max-lines-plus-one", 7, Expect.Refusal, null, Actors.Sales, (_, _) => ReceiveWith(Lines(L.MaxLines + 1)));
        yield return At("sizes/receive-order/5000-lines", 7, Expect.Refusal, null, Actors.Sales, (_, _) => ReceiveWith(Lines(5_000)));
        yield return P("sizes/max-lines-through-the-contract", 7, Expect.Survival, () =>
        {
            var lines = Lines(L.MaxLines);
            var prices = ValueList<QuotationPrice>.From(lines.Select(l => new QuotationPrice(l.Id, Usd(85m), Percentage.Zero)));
            return Harness.Chain(new Start(null, Scenario.Start), [], Path(Stage.Closed, ReceiveWith(lines), _ => new PrepareQuotation(1, prices, new LocalDate(2026, 3, 31))));
        });
        yield return At("sizes/receive-order/specification-max-length", 7, Expect.Survival, null, Actors.Sales, (_, _) => ReceiveWith(LineWith(10, 85m, spec: new string('s', L.MaxTextLength))));
        yield return At("sizes/receive-order/specification-max-length-plus-one", 7, Expect.Refusal, null, Actors.Sales, (_, _) => ReceiveWith(LineWith(10, 85m, spec: new string('s', L.MaxTextLength + 1))));
        yield return At("sizes/receive-order/specification-1-MB", 7, Expect.Refusal, null, Actors.Sales, (_, _) => ReceiveWith(LineWith(10, 85m, spec: new string('s', 1_000_000))));
        yield return At("sizes/receive-order/quality-requirements-1-MB", 7, Expect.Refusal, null, Actors.Sales, (_, _) => Receive() with { QualityRequirements = new string('q', 1_000_000) });
        yield return At("sizes/place-hold/reason-1-MB", 7, Expect.Refusal, Stage.Recorded, Actors.FinanceManager, (_, _) => new PlaceHold(HoldCode.Credit, new string('r', 1_000_000)));
        yield return At("sizes/receive-order/order-id-10000-chars", 7, Expect.Refusal, null, Actors.Sales, (_, _) => Receive() with { OrderId = OrderId.From(new string('o', 10_000)) });
        yield return At("sizes/receive-order/time-zone-id-10000-chars", 7, Expect.Refusal, null, Actors.Sales, (_, _) => Receive() with { TimeZoneId = new string('z', 10_000) });
        foreach (var (label, n, expect) in new[] { ("max-installments", L.MaxInstallments, Expect.Survival), ("max-installments-plus-one", L.MaxInstallments + 1, Expect.Refusal), ("5000-installments", 5_000, Expect.Refusal) })
        {
            yield return P($"sizes/payment-terms/{label}-to-the-contract", 7, expect, () => Harness.Chain(new Start(null, Scenario.Start), [], Path(Stage.Closed, Receive() with { PaymentTerms = Terms(n) })));
        }

        foreach (var (label, n, expect) in new[] { ("max-documents", L.MaxListItems, Expect.Survival), ("max-documents-plus-one", L.MaxListItems + 1, Expect.Refusal), ("10000-documents", 10_000, Expect.Refusal) })
        {
            yield return At($"sizes/ship/{label}", 7, expect, Stage.Released, Actors.Warehouse, (_, _) => new Ship("COSCO", "truck", "WB", ValueList<string>.From(Enumerable.Range(0, n).Select(i => "doc " + i))));
        }

        yield return At("sizes/return-for-completion/10000-missing-items", 7, Expect.Refusal, Stage.Received, Actors.Sales, (_, _) => new ReturnForCompletion("x", ValueList<string>.From(Enumerable.Range(0, 10_000).Select(i => "item " + i))));
        yield return At("sizes/sign-review/10000-findings", 7, Expect.Refusal, Stage.Recorded, Actors.SalesManager, (_, _) => new SignReview(Department.Sales, ReviewVerdict.Approve, "x", Duration.FromHours(1), ValueList<ReviewFinding>.From(Enumerable.Range(0, 10_000).Select(i => new ReviewFinding(ReviewCriterion.Capacity, true, "n" + i)))));
        yield return P("sizes/snapshot-20-MB", 7, Expect.ReaderRefusal, () => Harness.Snapshot(OrderKernel.Serialization.OrderKernelJson.WriteSnapshot(Stages.State(Stage.Received)).Replace("\"receivedAt\"", new string(' ', 20_000_000) + "\"receivedAt\"", StringComparison.Ordinal)));
    }

    /// <summary>Payment terms of n installments whose shares add up to 100 %: whole percents and halves, or equal tiny shares.</summary>
    private static PaymentTerms Terms(int n)
    {
        var list = new List<Installment>();
        if (n <= 200)
        {
            // wholes × 1 % + halves × 0.5 % = 100 % with wholes + halves = n (100 <= n <= 200)
            var halves = 2 * (n - 100);
            var wholes = 200 - n;
            for (var i = 0; i < wholes; i++)
            {
                list.Add(Installment.Create("w" + i, Percentage.Of(1m), i == 0 ? InstallmentDue.OnContract : InstallmentDue.BeforeShipment));
            }

            for (var i = 0; i < halves; i++)
            {
                list.Add(Installment.Create("h" + i, Percentage.Of(0.5m), InstallmentDue.BeforeShipment));
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                list.Add(Installment.Create("i" + i, Percentage.Of(100m / n), i == 0 ? InstallmentDue.OnContract : InstallmentDue.BeforeShipment));
            }
        }

        return PaymentTerms.Create(PaymentInstrument.TelegraphicTransfer, list.ToArray());
    }

    // ------------------------------------------------------------------ boundary values

    private static IEnumerable<Probe> BoundaryValues()
    {
        var dates = new (string Label, LocalDate Date, Expect Expect)[]
        {
            ("MaxIsoValue", Max, Expect.Refusal), ("MinIsoValue", Min, Expect.Refusal), ("9999-12-31", Y9999, Expect.Refusal), ("9999-12-30", Y9999.PlusDays(-1), Expect.Refusal),
            ("after-the-limit", AfterLimit, Expect.Refusal), ("at-the-limit", L.MaxDate, Expect.Survival),
        };
        foreach (var (label, date, expect) in dates)
        {
            yield return At($"boundary/receive-order/delivery={label}", 1, expect, null, Actors.Sales, (_, _) => Receive(delivery: date));
            yield return At($"boundary/prepare-quotation/valid-until={label}", 1, expect, Stage.Reviewed, Actors.Sales, (_, _) => new PrepareQuotation(12, Prices(), date));
            yield return At($"boundary/release-to-production/planned={label}", 1, Expect.Refusal, Stage.DepositPaid, Actors.ProductionManager, (_, _) => new ReleaseToProduction(date) { CapacityConfirmed = true, MaterialsReadyOn = date });
            yield return At($"boundary/assess-delay-penalty/as-of={label}", 1, Expect.Refusal, Stage.Delivered, Actors.SalesManager, (_, _) => new AssessDelayPenalty(date, ValueList<string>.Of("Line 3")));
            yield return At($"boundary/register-letter-of-credit/expiry={label}", 1, expect, Stage.Inspected, Actors.Finance, (_, _) => new RegisterLetterOfCredit("LC-1", "BoC", Usd(119_000m), date, ValueList<string>.Of("invoice")));
            yield return Chain($"boundary/complete-order-details/delivery={label}", 1, expect, Stage.Received, [Move.Of(new ReturnForCompletion("date", ValueList<string>.Of("delivery date")), Actors.Sales)], Move.Of(new CompleteOrderDetails(ValueList<OrderLine>.Of(TvLine()), date, "AQL 1.0"), Actors.Customer));
            yield return At($"boundary/receive-order/line-requested-date={label}", 1, expect, null, Actors.Sales, (_, _) => ReceiveWith(LineWith(2000, 85m, requested: date)));
            yield return At($"boundary/change-request/new-delivery-date={label}", 1, expect, Stage.InProduction, Actors.Sales, (_, _) => new SubmitChangeRequest("CR-D", new ChangeProposal(ChangeKind.DeliveryDate, NewDeliveryDate: date), "moved"));
            if (date > TvOrder.DeliveryDate)
            {
                yield return At($"boundary/record-excusable-delay/to={label}", 1, expect, Stage.InProduction, Actors.SalesManager, (_, _) => new RecordExcusableDelay(ExcusableCause.ForceMajeure, date.PlusDays(-1), date, "long storm"));
            }
        }

        yield return At("boundary/record-excusable-delay/from-MinIsoValue", 1, Expect.Refusal, Stage.InProduction, Actors.SalesManager, (_, _) => new RecordExcusableDelay(ExcusableCause.ForceMajeure, Min, new LocalDate(2026, 6, 1), "x"));
        yield return At("boundary/record-excusable-delay/whole-calendar", 1, Expect.Refusal, Stage.InProduction, Actors.SalesManager, (_, _) => new RecordExcusableDelay(ExcusableCause.ForceMajeure, Min, Max, "x"));

        // Dates at the end of the calendar carried through the later steps that compute with them.
        foreach (var (label, date, expect) in dates)
        {
            yield return P($"boundary/happy-path-with-delivery={label}", 1, expect, () => Harness.Chain(new Start(null, Scenario.Start), [], Path(Stage.Closed, Receive(delivery: date))));
            yield return P($"boundary/quotation-valid-until={label}-then-accepted", 1, expect, () => Harness.Chain(Stages.Start(Stage.Reviewed), [], [Move.Of(new PrepareQuotation(12, Prices(), date), Actors.Sales), HappyPath[4].Moves[0], HappyPath[4].Moves[1], Move.Of(new AcceptQuotation(), Actors.Customer), .. ContractIntoForce().Select(m => Move.Of(m.Command, m.Actor))]));
        }

        // Instants.
        foreach (var (label, at) in new[] { ("Instant.MaxValue", Instant.MaxValue), ("Instant.MinValue", Instant.MinValue), ("9999-12-31", Instant.FromUtc(9999, 12, 31, 0, 0)) })
        {
            yield return At($"boundary/confirm-payment/received-at={label}", 1, Expect.Refusal, Stage.Contracted, Actors.Finance, (_, _) => Pay(51_000m, "TT-I", at));
            yield return At($"boundary/confirm-delivery/received-at={label}", 1, Expect.Refusal, Stage.Shipped, Actors.Customer, (_, _) => new ConfirmDelivery("dock", at));
        }

        // Amounts and quantities.
        foreach (var (label, quantity, price, expect) in new (string, decimal, decimal, Expect)[]
        {
            ("price=decimal.MaxValue", 1m, decimal.MaxValue, Expect.Refusal), ("price=28-digits", 1m, 1234567890123456789012345678m, Expect.Refusal),
            ("price=max-amount,qty=1", 1m, L.MaxAmount, Expect.Survival), ("price=max-amount,qty=2000", 2000m, L.MaxAmount, Expect.Refusal),
            ("price=max-amount-plus-one", 1m, L.MaxAmount + 1m, Expect.Refusal), ("qty=max-quantity,price=85", L.MaxQuantity, 85m, Expect.Survival),
            ("qty=max-quantity-plus-one", L.MaxQuantity + 1m, 85m, Expect.Refusal), ("qty=decimal.MaxValue", decimal.MaxValue, 1m, Expect.Refusal),
            ("qty*price-overflows-decimal", 1e20m, 1e10m, Expect.Refusal), ("qty=1e-28", 0.0000000000000000000000000001m, 85m, Expect.Refusal),
        })
        {
            yield return At($"boundary/receive-order/{label}", 1, expect, null, Actors.Sales, (_, _) => ReceiveWith(LineWith(quantity, price)));
            yield return P($"boundary/whole-path-with-{label}", 1, expect, () => Harness.Chain(new Start(null, Scenario.Start), [], Path(Stage.Closed, ReceiveWith(LineWith(quantity, price)))));
        }

        foreach (var (label, amount) in new[] { ("decimal.MaxValue", decimal.MaxValue), ("28-digits", 1234567890123456789012345678m), ("max-amount-plus-one", L.MaxAmount + 1m) })
        {
            yield return At($"boundary/confirm-payment/amount={label}", 1, Expect.Refusal, Stage.Contracted, Actors.Finance, (_, now) => Pay(amount, "TT-A", now));
            yield return At($"boundary/record-refund/amount={label}", 1, Expect.Refusal, Stage.Delivered, Actors.Finance, (_, _) => new RecordRefund(Usd(amount), "RF", "x"));
            yield return At($"boundary/cancel-order/costs={label}", 1, Expect.Refusal, Stage.InProduction, Actors.SalesManager, (_, _) => new CancelOrder("x", Usd(amount)));
            yield return At($"boundary/register-letter-of-credit/amount={label}", 1, Expect.Refusal, Stage.Inspected, Actors.Finance, (_, _) => new RegisterLetterOfCredit("LC-1", "BoC", Usd(amount), new LocalDate(2026, 7, 31), ValueList<string>.Of("invoice")));
            yield return At($"boundary/change-request/new-unit-price={label}", 1, Expect.Refusal, Stage.InProduction, Actors.Sales, (_, _) => new SubmitChangeRequest("CR-M", new ChangeProposal(ChangeKind.UnitPrice, Line, NewUnitPrice: Usd(amount)), "x"));
            yield return At($"boundary/change-request/new-quantity={label}", 1, Expect.Refusal, Stage.InProduction, Actors.Sales, (_, _) => new SubmitChangeRequest("CR-Q", new ChangeProposal(ChangeKind.Quantity, Line, NewQuantity: Quantity.Pieces(amount)), "x"));
            yield return At($"boundary/record-return/quantity={label}", 1, Expect.Refusal, Stage.Delivered, Actors.Sales, (_, _) => new RecordReturn(Line, Quantity.Pieces(amount), ReturnKind.Return, "x"));
        }

        yield return At("boundary/receive-order/KWD-price-0.001", 1, Expect.Survival, null, Actors.Sales, (_, _) => Receive() with { Currency = Currency.KWD, Lines = ValueList<OrderLine>.Of(OrderLine.Create(Line, ProductId.From("TV"), "tv", Quantity.Pieces(1), Money.Of(0.001m, Currency.KWD))) });
        yield return At("boundary/receive-order/JPY-max-amount", 1, Expect.Survival, null, Actors.Sales, (_, _) => Receive() with { Currency = Currency.JPY, Lines = ValueList<OrderLine>.Of(OrderLine.Create(Line, ProductId.From("TV"), "tv", Quantity.Pieces(1), Money.Of(L.MaxAmount, Currency.JPY))) });
        yield return At("boundary/receive-order/time-zone=unknown", 3, Expect.Refusal, null, Actors.Sales, (_, _) => Receive() with { TimeZoneId = "Mars/Olympus" });
        yield return At("boundary/receive-order/time-zone=Pacific/Kiritimati", 1, Expect.Survival, null, Actors.Sales, (_, _) => Receive() with { TimeZoneId = "Pacific/Kiritimati" });
        yield return At("boundary/receive-order/time-zone=Etc/GMT+12", 1, Expect.Survival, null, Actors.Sales, (_, _) => Receive() with { TimeZoneId = "Etc/GMT+12" });
    }
}
