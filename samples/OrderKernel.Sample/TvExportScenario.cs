using System.Globalization;
using NodaTime;
using OrderKernel.Calendars;
using OrderKernel.ChangeRequests;
using OrderKernel.DelayPenalties;
using OrderKernel.ServiceLevels;
using OrderKernel.Settlements;
using OrderKernel.Contracts;
using OrderKernel.Orders;
using OrderKernel.Payments;
using OrderKernel.Primitives;
using OrderKernel.Production;
using OrderKernel.Quotations;
using OrderKernel.Reviews;
using OrderKernel.Shipments;

namespace OrderKernel.Sample;

/// <summary>
/// The seeds' export order (004, TV flow): 2,000 TV sets at 85.00 USD for an ordinary customer, from receipt to close,
/// with the refusals a real order meets on the way. Every time is fixed, so the output is deterministic.
/// </summary>
public static class TvExportScenario
{
    private static readonly Actor Clerk = Actor.Create("u-clerk", "Li Na (order entry)", Role.OrderClerk);
    private static readonly Actor Sales = Actor.Create("u-sales", "Wang Wei (sales)", Role.SalesRepresentative);
    private static readonly Actor SalesManager = Actor.Create("u-salesmgr", "Zhao Min (sales manager)", Role.SalesManager);
    private static readonly Actor ProductionManager = Actor.Create("u-prodmgr", "Chen Gang (production manager)", Role.ProductionManager, Role.Production);
    private static readonly Actor TechnicalManager = Actor.Create("u-techmgr", "Zhou Jie (technical manager)", Role.TechnicalManager);
    private static readonly Actor Inspector = Actor.Create("u-qi", "He Yun (quality inspector)", Role.QualityInspector);
    private static readonly Actor Finance = Actor.Create("u-fin", "Gao Yan (finance)", Role.Finance);
    private static readonly Actor DepartmentHead = Actor.Create("u-head", "Lin Tao (sales department head)", Role.DepartmentHead);
    private static readonly Actor GeneralManager = Actor.Create("u-gm", "Qian Bo (general manager)", Role.GeneralManager);
    private static readonly Actor VicePresident = Actor.Create("u-vp", "Tang Hui (sales vice-president)", Role.SalesVicePresident);
    private static readonly Actor Warehouse = Actor.Create("u-wh", "Lu Qiang (warehouse)", Role.Warehouse);
    private static readonly Actor Customer = Actor.Create("c-pacific", "Pacific Retail Ltd (customer)", Role.Customer);

    /// <summary>Runs the scenario and returns the timeline.</summary>
    /// <returns>The timeline.</returns>
    public static Timeline Run()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var policies = OrderPolicies.Default with
        {
            ServiceLevels = ServiceLevelPolicy.Create(new ServiceLevelPolicyOptions { Calendar = new BusinessCalendarOptions { TimeZoneId = "Asia/Shanghai" } }),
        };
        var t = new Timeline(zone, policies);
        var line = LineId.From("10");
        var usd = Currency.USD;
        ValueList<QuotationPrice> Price(decimal unit) => ValueList<QuotationPrice>.Of(new QuotationPrice(line, Money.Of(unit, usd), Percentage.Zero));
        static LocalDateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute);

        t.Line("OrderKernel sample: export order for 2,000 TV sets at 85.00 USD (seed 004, TV flow). Times in Asia/Shanghai.");

        t.Section("Intake (R1-R3)");
        t.Issue(At(3, 2, 9), Sales, new ReceiveOrder(
            OrderId.From("ord-pacific-0001"),
            CustomerInfo.Create(CustomerId.From("c-pacific"), "Pacific Retail Ltd", CustomerTier.Ordinary),
            Channel.Email,
            Priority.Normal,
            usd,
            ValueList<OrderLine>.Of(OrderLine.Create(line, ProductId.From("TV-55-UHD"), "55\" UHD, firmware 3.2, export carton", Quantity.Pieces(2000), Money.Of(85.00m, usd))),
            new LocalDate(2026, 6, 30),
            "Asia/Shanghai",
            "Final inspection by sampling, AQL 1.0; CE and FCC marks"));
        t.Issue(At(3, 2, 9, 40), Clerk, new RecordOrder(123));

        t.Section("Contract review: initial review, then re-review of the details (R5-R7, R11)");
        t.Issue(At(3, 2, 10), Sales, new SubmitForReview());
        t.Issue(At(3, 2, 11), SalesManager, new SignReview(Department.Sales, ReviewVerdict.Approve, "customer, product and price confirmed", Duration.FromHours(2), default));
        t.Issue(At(3, 2, 14), ProductionManager, new SignReview(
            Department.Production,
            ReviewVerdict.Approve,
            "line 3 free from April",
            Duration.FromHours(240),
            ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Capacity, true, "line 3, 150 sets a day"), new ReviewFinding(ReviewCriterion.Materials, false, "panels 6 weeks lead time", "order panels on deposit"))));
        t.Issue(At(3, 2, 15), TechnicalManager, new SignReview(Department.Technical, ReviewVerdict.Approve, "firmware 3.2 certified for export", Duration.FromHours(16), default));

        t.Section("Quotation, negotiation and approval authority (R8, R12-R13)");
        t.Issue(At(3, 3, 10), Sales, new PrepareQuotation(12, Price(86.50m), new LocalDate(2026, 3, 13)));
        t.Issue(At(3, 4, 16), Sales, new ReviseQuotation(Price(85.00m), new LocalDate(2026, 3, 13), "customer counter-offer of 85.00 USD accepted"));
        t.Issue(At(3, 5, 9), GeneralManager, new ApproveQuotation(ApprovalLevel.GeneralManager, "fine"));
        t.Issue(At(3, 5, 10), DepartmentHead, new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin 14 %"));
        t.Issue(At(3, 5, 11), GeneralManager, new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"));
        t.Issue(At(3, 16, 9), Customer, new AcceptQuotation());
        t.Issue(At(3, 16, 10), Sales, new ReviseQuotation(Price(85.00m), new LocalDate(2026, 3, 31), "validity extended at the customer's request"));
        t.Issue(At(3, 16, 11), DepartmentHead, new ApproveQuotation(ApprovalLevel.DepartmentHead, "unchanged price"));
        t.Issue(At(3, 16, 14), GeneralManager, new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"));
        t.Issue(At(3, 17, 9), Customer, new AcceptQuotation());

        t.Section("Contract and deposit (R15-R17, R19)");
        t.Issue(At(3, 17, 15), SalesManager, new SignContract(45));
        t.Issue(At(3, 19, 10), Sales, new ConfirmPayment(Money.Of(51_000.00m, usd), "Pacific Retail Ltd", PaymentInstrument.TelegraphicTransfer, "HSBC-TT-889120", Instant.FromUtc(2026, 3, 19, 1, 30)));
        t.Issue(At(3, 19, 11), Finance, new ConfirmPayment(Money.Of(51_000.00m, usd), "Pacific Retail Ltd", PaymentInstrument.TelegraphicTransfer, "HSBC-TT-889120", Instant.FromUtc(2026, 3, 19, 1, 30)));

        t.Section("Sample and production (R14, R21-R25, R34)");
        t.Issue(At(3, 20, 9), Sales, new ReleaseToProduction(new LocalDate(2026, 5, 29)));
        t.Issue(At(3, 20, 10), TechnicalManager, new SendSample(2, "2 sets, firmware 3.2, by courier"));
        t.Issue(At(3, 24, 10), Customer, new ApproveSample("hardware and firmware 3.2 approved on the 2 sample sets"));
        t.Issue(At(3, 24, 14), ProductionManager, new ReleaseToProduction(new LocalDate(2026, 5, 29)));
        t.Issue(At(3, 24, 16), ProductionManager, new CompleteStep(TrackedStep.PlanApproved, "plan v1: line 3, 150 sets a day"));
        t.Issue(At(4, 20, 18), ProductionManager, new ReportProgress(Percentage.Of(40), "800 sets assembled"));

        t.Section("A software change during production (R33-R35, R37)");
        var firmware = new ChangeProposal(ChangeKind.Specification, line, Area: SpecificationArea.Software, NewSpecification: "55\" UHD, firmware 3.3, export carton");
        t.Issue(At(4, 21, 9), Sales, new SubmitChangeRequest("CR-1", firmware, "the customer's retailer requires firmware 3.3 (HDR10+)"));
        t.Issue(At(4, 21, 10), TechnicalManager, new AssessChangeRequest("CR-1"));
        t.Issue(At(4, 21, 11), Sales, new ApproveChangeRequest("CR-1", "customer wants it, let's just do it"));
        t.Issue(At(4, 21, 14), ProductionManager, new ApproveChangeRequest("CR-1", "flash at end of line 3; no re-planning needed"));
        t.Issue(At(4, 22, 16), TechnicalManager, new RecordChangeTest("CR-1", true, "1,000 power cycles and HDR10+ playback on 10 sets, no regressions"));
        t.Issue(At(4, 23, 10), Customer, new ConfirmChangeByCustomer("CR-1"));
        t.Issue(At(4, 23, 11), ProductionManager, new ApplyChangeRequest("CR-1"));
        t.Issue(At(4, 28, 11), ProductionManager, new ReportProductionException("panel supplier shipment 3 days late", Duration.FromDays(3)));
        t.Issue(At(5, 29, 17), ProductionManager, new CompleteProduction());

        t.Section("Final inspection (R27)");
        t.Issue(At(6, 1, 10), Inspector, new RecordInspection(true, QualityGrade.First, 125, 1, "AQL 1.0 passed: 1 cosmetic defect in 125"));
        t.Issue(At(6, 1, 11), Warehouse, new CompleteStep(TrackedStep.Packed, "48 pallets, export cartons"));

        t.Section("Balance, shipment release and dispatch (R17, R30-R31)");
        t.Issue(At(6, 1, 15), VicePresident, new ReleaseForShipment());
        t.Issue(At(6, 1, 16), Warehouse, new Ship("COSCO Logistics", "driver Liu Yang, ID 310101199001011234, truck HU-A12345", "COSU-6655443", ValueList<string>.Of("commercial invoice", "packing list")));
        t.Issue(At(6, 3, 10), Finance, new ConfirmPayment(Money.Of(119_000.00m, usd), "Pacific Retail Ltd", PaymentInstrument.TelegraphicTransfer, "HSBC-TT-902311", Instant.FromUtc(2026, 6, 3, 1, 0)));
        t.Issue(At(6, 3, 14), VicePresident, new ReleaseForShipment());
        t.Issue(At(6, 4, 9), Warehouse, new Ship("COSCO Logistics", "driver Liu Yang, ID 310101199001011234, truck HU-A12345", "COSU-6655443", ValueList<string>.Of("commercial invoice", "packing list", "bill of lading", "certificate of origin")));
        t.Issue(At(6, 4, 15), Sales, new CompleteStep(TrackedStep.CustomerInformed, "shipping advice with B/L copy sent"));
        t.Issue(At(7, 3, 16), Customer, new ConfirmDelivery("Pacific Retail Ltd, Long Beach DC", Instant.FromUtc(2026, 7, 3, 7, 0)));

        t.Section("Delay penalty against the contractual date (R39-R40)");
        t.Issue(At(7, 3, 17), SalesManager, new AssessDelayPenalty(new LocalDate(2026, 7, 3), ValueList<string>.Of("Assembly line 3")));

        t.Section("Completion, settlement and close (R42-R45)");
        t.Issue(At(7, 6, 10), Sales, new CompleteOrder());
        t.Issue(At(7, 6, 11), Finance, new CloseOrder());
        t.Issue(At(7, 7, 10), Finance, new RecordRefund(Money.Of(2_550.00m, usd), "HSBC-RF-30112", "delay penalty per contract clause 9"));
        t.Issue(At(7, 7, 11), Finance, new CloseOrder());

        Summarize(t);
        return t;
    }

    private static void Summarize(Timeline t)
    {
        var order = t.State!;
        t.Section("Time limits (R38) on the Asia/Shanghai business calendar");
        foreach (var c in ServiceLevelMonitor.Check(order, order.Milestones[^1].At, t.Policies.ServiceLevels, Duration.FromMinutes(30)))
        {
            var d = c.Deadline;
            var late = c.State == DeadlineState.CompletedLate ? $" LATE by {c.Overdue.TotalMinutes.ToString(CultureInfo.InvariantCulture)} min" : string.Empty;
            t.Line($"  {d.Level.Step,-20} limit {d.Level.Limit.TotalHours.ToString(CultureInfo.InvariantCulture),2} h {d.Level.Basis,-7} started {t.Format(d.StartedAt)}  due {t.Format(d.DueAt)}  done {(d.CompletedAt is { } x ? t.Format(x) : "-")}  {c.State}{late}");
        }

        if (order.DelayPenalty is { } p)
        {
            t.Section("Delay penalty trace");
            t.Line($"  contractual date {NodaTime.Text.LocalDatePattern.Iso.Format(p.ContractDate)}, delivered {NodaTime.Text.LocalDatePattern.Iso.Format(p.CompletionDate)}: {p.DaysLate} day(s) late, {p.ChargeableDays} chargeable");
            foreach (var line in p.Trace)
            {
                t.Line($"  - {line.Step}: {line.Amount.ToString(CultureInfo.InvariantCulture)}{(line.Points > 0 ? $", {line.Points.ToString(CultureInfo.InvariantCulture)} point(s)" : string.Empty)}");
            }

            t.Line($"  penalty {p.Amount}; {string.Join(", ", p.ResponsibleParties)} lose(s) {p.PointsPerParty.ToString(CultureInfo.InvariantCulture)} point(s) each");
        }

        t.Section("Settlement statement (R43)");
        var statement = Settlement.Statement(order, t.Policies);
        foreach (var line in statement.Lines)
        {
            t.Line($"  {line.Description,-72} {line.Amount,16}   [{string.Join("; ", line.Sources)}]");
        }

        t.Line($"  {"Amount due",-72} {statement.AmountDue,16}");

        t.Section("Summary");
        t.Line($"Order {order.Registration!.OrderNumber}, contract {order.Contract!.Number}, quotation {order.Quotation!.Number} ({order.Quotation.History.Count} earlier revisions kept)");
        t.Line($"Contract amount {order.Contract.Amount}; paid {order.TotalPaid} in {order.Payments.Count} payments; outstanding {order.Contract.Amount - order.TotalPaid}");
        foreach (var i in order.Contract.Installments)
        {
            t.Line($"  installment {i.Installment.Name,-8} {i.Installment.Share,6} {i.Amount,16} due {i.Installment.Due}");
        }

        t.Line($"Shipped {t.Format(order.Shipments[0].ShippedAt)} by {order.Shipments[0].Carrier}, release signed {t.Format(order.ShipmentRelease!.SignedAt)}");
        t.Line($"Final status {order.Status}, version {order.Version}, {t.Events.Count} events; {t.Counts.Accepted} commands accepted, {t.Counts.Rejected} rejected");
        t.Line($"Replaying the {t.Events.Count} events gives the same state: {(OrderDecider.Replay(t.Events) == order ? "yes" : "NO")}");
    }
}
