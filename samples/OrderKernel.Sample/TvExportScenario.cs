using NodaTime;
using OrderKernel.Policies;

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
    public static Timeline Run() => Build().Run();

    /// <summary>Builds the scenario as data (the same shape a scenario file has).</summary>
    /// <returns>The scenario.</returns>
    public static Scenario Build()
    {
        var policies = new ScenarioPolicies { ServiceLevels = new ServiceLevelPolicyOptions { Calendar = BusinessCalendarOptions.Weekdays("Asia/Shanghai", new LocalTime(9, 0), new LocalTime(18, 0)).WithLunchBreak(new LocalTime(12, 0), new LocalTime(13, 0)) } };
        var t = new List<ScenarioStep>();
        var line = LineId.From("10");
        var usd = Currency.USD;
        ValueList<QuotationPrice> Price(decimal unit) => ValueList<QuotationPrice>.Of(new QuotationPrice(line, Money.Of(unit, usd), Percentage.Zero));
        static LocalDateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute);

        t.Add(ScenarioStep.Heading("Intake (R1-R3)"));
        var receive = new ReceiveOrder(
            OrderId.From("ord-pacific-0001"),
            CustomerInfo.Create(CustomerId.From("c-pacific"), "Pacific Retail Ltd", CustomerTier.Ordinary),
            Channel.Email,
            Priority.Normal,
            usd,
            ValueList<OrderLine>.Of(OrderLine.Create(line, ProductId.From("TV-55-UHD"), "55\" UHD, firmware 3.2, export carton", Quantity.Pieces(2000), Money.Of(85.00m, usd))),
            new LocalDate(2026, 6, 30),
            "Asia/Shanghai",
            "Final inspection by sampling, AQL 1.0; CE and FCC marks")
        {
            Aql = 1.0m,
        };
        t.Add(new ScenarioStep(null, At(3, 2, 9), Sales.Id.Value, receive));
        t.Add(new ScenarioStep(null, At(3, 2, 9, 40), Clerk.Id.Value, new RecordOrder(123)));

        t.Add(ScenarioStep.Heading("Contract review: initial review, then re-review of the details (R5-R7, R11)"));
        t.Add(new ScenarioStep(null, At(3, 2, 10), Sales.Id.Value, new SubmitForReview()));
        t.Add(new ScenarioStep(null, At(3, 2, 11), SalesManager.Id.Value, new SignReview(Department.Sales, ReviewVerdict.Approve, "customer, product and price confirmed", Duration.FromHours(2), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Compliance, true, "export licence and CE/FCC marks in order")))));
        t.Add(new ScenarioStep(null, At(3, 2, 14), ProductionManager.Id.Value, new SignReview(
            Department.Production,
            ReviewVerdict.Approve,
            "line 3 free from April",
            Duration.FromHours(240),
            ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Capacity, true, "line 3, 150 sets a day"), new ReviewFinding(ReviewCriterion.Materials, false, "panels 6 weeks lead time", "order panels on deposit")))));
        t.Add(new ScenarioStep(null, At(3, 2, 15), TechnicalManager.Id.Value, new SignReview(Department.Technical, ReviewVerdict.Approve, "firmware 3.2 certified for export", Duration.FromHours(16), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Risks, false, "single panel supplier", "second source qualified for panels")))));

        t.Add(ScenarioStep.Heading("Quotation, negotiation and approval authority (R8, R12-R13)"));
        t.Add(new ScenarioStep(null, At(3, 3, 10), Sales.Id.Value, new PrepareQuotation(12, Price(86.50m), new LocalDate(2026, 3, 13))));
        t.Add(new ScenarioStep(null, At(3, 4, 16), Sales.Id.Value, new ReviseQuotation(Price(85.00m), new LocalDate(2026, 3, 13), "customer counter-offer of 85.00 USD accepted")));
        t.Add(new ScenarioStep(null, At(3, 5, 9), GeneralManager.Id.Value, new ApproveQuotation(ApprovalLevel.GeneralManager, "fine")));
        t.Add(new ScenarioStep(null, At(3, 5, 10), DepartmentHead.Id.Value, new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin 14 %")));
        t.Add(new ScenarioStep(null, At(3, 5, 11), GeneralManager.Id.Value, new ApproveQuotation(ApprovalLevel.GeneralManager, "approved")));
        t.Add(new ScenarioStep(null, At(3, 16, 9), Customer.Id.Value, new AcceptQuotation()));
        t.Add(new ScenarioStep(null, At(3, 16, 10), Sales.Id.Value, new ReviseQuotation(Price(85.00m), new LocalDate(2026, 3, 31), "validity extended at the customer's request")));
        t.Add(new ScenarioStep(null, At(3, 16, 11), DepartmentHead.Id.Value, new ApproveQuotation(ApprovalLevel.DepartmentHead, "unchanged price")));
        t.Add(new ScenarioStep(null, At(3, 16, 14), GeneralManager.Id.Value, new ApproveQuotation(ApprovalLevel.GeneralManager, "approved")));
        t.Add(new ScenarioStep(null, At(3, 17, 9), Customer.Id.Value, new AcceptQuotation()));

        t.Add(ScenarioStep.Heading("Contract in force, then the deposit (R15-R17, R19)"));
        t.Add(new ScenarioStep(null, At(3, 17, 15), SalesManager.Id.Value, new SignContract(45)));
        t.Add(new ScenarioStep(null, At(3, 17, 17), DepartmentHead.Id.Value, new CheckContract()));
        t.Add(new ScenarioStep(null, At(3, 18, 9), SalesManager.Id.Value, new StampContract()));
        t.Add(new ScenarioStep(null, At(3, 18, 10), Finance.Id.Value, new ConfirmPayment(Money.Of(51_000.00m, usd), "Pacific Retail Ltd", PaymentInstrument.TelegraphicTransfer, "HSBC-TT-889119", Instant.FromUtc(2026, 3, 18, 1, 30))));
        t.Add(new ScenarioStep(null, At(3, 18, 16), Customer.Id.Value, new CountersignContract()));
        t.Add(new ScenarioStep(null, At(3, 19, 10), Sales.Id.Value, new ConfirmPayment(Money.Of(51_000.00m, usd), "Pacific Retail Ltd", PaymentInstrument.TelegraphicTransfer, "HSBC-TT-889120", Instant.FromUtc(2026, 3, 19, 1, 30))));
        t.Add(new ScenarioStep(null, At(3, 19, 11), Finance.Id.Value, new ConfirmPayment(Money.Of(51_000.00m, usd), "Pacific Retail Ltd", PaymentInstrument.TelegraphicTransfer, "HSBC-TT-889120", Instant.FromUtc(2026, 3, 19, 1, 30))));

        t.Add(ScenarioStep.Heading("Sample and production (R14, R21-R25, R34)"));
        t.Add(new ScenarioStep(null, At(3, 20, 9), Sales.Id.Value, new ReleaseToProduction(new LocalDate(2026, 5, 29)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 4, 20) }));
        t.Add(new ScenarioStep(null, At(3, 20, 10), TechnicalManager.Id.Value, new SendSample(2, "2 sets, firmware 3.2, by courier")));
        t.Add(new ScenarioStep(null, At(3, 24, 10), Customer.Id.Value, new ApproveSample("hardware and firmware 3.2 approved on the 2 sample sets")));
        t.Add(new ScenarioStep(null, At(3, 24, 14), ProductionManager.Id.Value, new ReleaseToProduction(new LocalDate(2026, 5, 29)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 4, 20) }));
        t.Add(new ScenarioStep(null, At(3, 24, 16), ProductionManager.Id.Value, new CompleteStep(TrackedStep.PlanApproved, "plan v1: line 3, 150 sets a day")));
        t.Add(new ScenarioStep(null, At(4, 20, 18), ProductionManager.Id.Value, new ReportProgress(Percentage.Of(40), "800 sets assembled")));

        t.Add(ScenarioStep.Heading("A software change during production (R33-R35, R37)"));
        var firmware = new ChangeProposal(ChangeKind.Specification, line, Area: SpecificationArea.Software, NewSpecification: "55\" UHD, firmware 3.3, export carton");
        t.Add(new ScenarioStep(null, At(4, 21, 9), Sales.Id.Value, new SubmitChangeRequest("CR-1", firmware, "the customer's retailer requires firmware 3.3 (HDR10+)")));
        t.Add(new ScenarioStep(null, At(4, 21, 10), TechnicalManager.Id.Value, new AssessChangeRequest("CR-1")));
        t.Add(new ScenarioStep(null, At(4, 21, 11), Sales.Id.Value, new ApproveChangeRequest("CR-1", "customer wants it, let's just do it")));
        t.Add(new ScenarioStep(null, At(4, 21, 14), ProductionManager.Id.Value, new ApproveChangeRequest("CR-1", "flash at end of line 3; no re-planning needed")));
        t.Add(new ScenarioStep(null, At(4, 22, 16), TechnicalManager.Id.Value, new RecordChangeTest("CR-1", true, "1,000 power cycles and HDR10+ playback on 10 sets, no regressions")));
        t.Add(new ScenarioStep(null, At(4, 23, 10), Customer.Id.Value, new ConfirmChangeByCustomer("CR-1")));
        t.Add(new ScenarioStep(null, At(4, 23, 11), ProductionManager.Id.Value, new ApplyChangeRequest("CR-1")));
        t.Add(new ScenarioStep(null, At(4, 28, 11), ProductionManager.Id.Value, new ReportProductionException("panel supplier shipment 3 days late", Duration.FromDays(3))));
        t.Add(new ScenarioStep(null, At(5, 29, 17), ProductionManager.Id.Value, new CompleteProduction()));

        t.Add(ScenarioStep.Heading("Final inspection: the verdict from the ISO 2859-1 sampling plan for AQL 1.0 (R27)"));
        t.Add(new ScenarioStep(null, At(6, 1, 10), Inspector.Id.Value, new RecordInspection(QualityGrade.First, 2000, 1, "1 cosmetic defect in the sample")));
        t.Add(new ScenarioStep(null, At(6, 1, 11), Warehouse.Id.Value, new CompleteStep(TrackedStep.Packed, "48 pallets, export cartons")));

        t.Add(ScenarioStep.Heading("Balance, shipment release and dispatch (R17, R30-R31)"));
        t.Add(new ScenarioStep(null, At(6, 1, 15), VicePresident.Id.Value, new ReleaseForShipment()));
        t.Add(new ScenarioStep(null, At(6, 1, 16), Warehouse.Id.Value, new Ship("COSCO Logistics", "driver ID-REF-0001, truck HU-A12345", "COSU-6655443", ValueList<string>.Of("commercial invoice", "packing list"))));
        t.Add(new ScenarioStep(null, At(6, 3, 10), Finance.Id.Value, new ConfirmPayment(Money.Of(119_000.00m, usd), "Pacific Retail Ltd", PaymentInstrument.TelegraphicTransfer, "HSBC-TT-902311", Instant.FromUtc(2026, 6, 3, 1, 0))));
        t.Add(new ScenarioStep(null, At(6, 3, 14), VicePresident.Id.Value, new ReleaseForShipment()));
        t.Add(new ScenarioStep(null, At(6, 4, 9), Warehouse.Id.Value, new Ship("COSCO Logistics", "driver ID-REF-0001, truck HU-A12345", "COSU-6655443", ValueList<string>.Of("commercial invoice", "packing list", "bill of lading", "certificate of origin"))));
        t.Add(new ScenarioStep(null, At(6, 4, 15), Sales.Id.Value, new CompleteStep(TrackedStep.CustomerInformed, "shipping advice with B/L copy sent")));
        t.Add(new ScenarioStep(null, At(6, 4, 16), Finance.Id.Value, new IssueInvoice(7, Money.Of(172_550.00m, usd), 1)));
        t.Add(new ScenarioStep(null, At(6, 4, 17), Finance.Id.Value, new IssueInvoice(7, Money.Of(170_000.00m, usd), 1)));
        t.Add(new ScenarioStep(null, At(7, 3, 16), Customer.Id.Value, new ConfirmDelivery("Pacific Retail Ltd, Long Beach DC", Instant.FromUtc(2026, 7, 3, 7, 0))));

        t.Add(ScenarioStep.Heading("Delay penalty against the contractual date (R39-R40)"));
        t.Add(new ScenarioStep(null, At(7, 3, 17), SalesManager.Id.Value, new AssessDelayPenalty(new LocalDate(2026, 7, 3), ValueList<string>.Of("Assembly line 3"))));

        t.Add(ScenarioStep.Heading("Completion, settlement and close (R42-R45)"));
        t.Add(new ScenarioStep(null, At(7, 6, 10), Sales.Id.Value, new CompleteOrder()));
        t.Add(new ScenarioStep(null, At(7, 6, 11), Finance.Id.Value, new CloseOrder()));
        t.Add(new ScenarioStep(null, At(7, 7, 10), Finance.Id.Value, new RecordRefund(Money.Of(2_550.00m, usd), "HSBC-RF-30112", "delay penalty per contract clause 9")));
        t.Add(new ScenarioStep(null, At(7, 7, 11), Finance.Id.Value, new IssueCreditNote(3, "INV-2026-000007", Money.Of(2_550.00m, usd), "delay penalty per contract clause 9")));
        t.Add(new ScenarioStep(null, At(7, 7, 12), Finance.Id.Value, new CloseOrder()));

        return new Scenario(
            "OrderKernel sample: export order for 2,000 TV sets at 85.00 USD (seed 004, TV flow). Times in Asia/Shanghai.",
            "Asia/Shanghai",
            policies,
            [Clerk, Sales, SalesManager, ProductionManager, TechnicalManager, Inspector, Finance, DepartmentHead, GeneralManager, VicePresident, Warehouse, Customer],
            t);
    }
}
