using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel.Tests.Support;

/// <summary>One example of every command and event kind, with fixed values: the golden JSON files are written from these.</summary>
internal static class Examples
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 2, 1, 0, 30) + Duration.FromMilliseconds(125);
    private static readonly ActorId By = ActorId.From("u-sales");
    private static readonly Money Usd85 = Money.Of(85.00m, Currency.USD);
    private static readonly ValueList<OrderLine> Lines = ValueList<OrderLine>.Of(TvOrder.TvLine());
    private static readonly ValueList<QuotationLine> QLines = ValueList<QuotationLine>.Of(new QuotationLine(TvOrder.Line, Quantity.Pieces(2000), Usd85, Percentage.Of(2.5m), Percentage.Zero, Money.Of(165_750.00m, Currency.USD)));
    private static readonly ValueList<ApprovalLevel> Levels = ValueList<ApprovalLevel>.Of(ApprovalLevel.DepartmentHead, ApprovalLevel.GeneralManager);
    private static readonly AcceptanceDecision Normal = new(AcceptanceOutcome.Accept, Percentage.Zero, 0, "Not a small order: normal terms (R9).");
    private static readonly ChangeProposal Software = new(ChangeKind.Specification, TvOrder.Line, Area: SpecificationArea.Software, NewSpecification: "55\" UHD, firmware 3.3, export packaging");
    private static readonly ChangePreview Preview = new(
        0,
        ValueList<FieldDiff>.Of(new FieldDiff("line 10 specification (Software)", "55\" UHD, firmware 3.2, export packaging", "55\" UHD, firmware 3.3, export packaging")),
        Money.Of(170_000.00m, Currency.USD),
        Money.Of(170_000.00m, Currency.USD),
        ValueList<InstallmentAmount>.Of(new InstallmentAmount(Installment.Create("deposit", Percentage.Of(30), InstallmentDue.OnContract), Money.Of(51_000.00m, Currency.USD))),
        TvOrder.DeliveryDate,
        TvOrder.DeliveryDate,
        new ChangeRouting(ValueList<Role>.Of(Role.ProductionManager), true, true, true, "A Software change after production has started (R34, R35)."));
    private static readonly Installment Deposit = Installment.Create("deposit", Percentage.Of(30), InstallmentDue.OnContract);

    public static readonly OrderCommand[] Commands =
    [
        TvOrder.Receive() with { IdempotencyKey = "req-1" },
        new ReturnForCompletion("price missing", ValueList<string>.Of("unit price of line 10")),
        new CompleteOrderDetails(Lines, TvOrder.DeliveryDate, "AQL 1.0"),
        new RecordOrder(123),
        new SubmitForReview(),
        new SignReview(Department.Production, ReviewVerdict.Approve, "line 3 free", Duration.FromHours(240), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Materials, false, "panels 6 weeks", "order on deposit"))),
        new ReviseOrder(Lines, new LocalDate(2026, 8, 31), "AQL 1.0", "delivery moved"),
        new PrepareQuotation(12, TvOrder.Prices(85.00m, 2.5m), new LocalDate(2026, 3, 31)),
        new ReviseQuotation(TvOrder.Prices(84.00m), new LocalDate(2026, 4, 15), "counter-offer"),
        new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"),
        new RejectQuotationApproval(ApprovalLevel.DepartmentHead, "margin below 12 %"),
        new AcceptQuotation(),
        new DeclineQuotation("price too high"),
        new SignContract(45),
        new CheckContract(),
        new StampContract(),
        new CountersignContract(),
        TvOrder.Pay(51_000.00m, "HSBC-TT-889120", At),
        new SendSample(2, "2 sets, firmware 3.2"),
        new ApproveSample("firmware 3.2 approved"),
        new RejectSample("remote pairing fails"),
        new ReleaseToProduction(new LocalDate(2026, 5, 29)),
        new ReportProgress(Percentage.Of(40), "800 sets"),
        new ReportProductionException("panel shipment late", Duration.FromDays(3)),
        new CompleteProduction(),
        new RecordInspection(true, QualityGrade.First, 125, 1, "AQL 1.0 passed"),
        new ReleaseForShipment(),
        new Ship("COSCO Logistics", "driver Liu Yang, truck HU-A12345", "COSU-6655443", ValueList<string>.Of("commercial invoice", "packing list"), ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(1200)))),
        new ApproveShipmentException("key account; balance guaranteed by the parent company"),
        new RegisterLetterOfCredit("LC-88-2026", "Bank of China, Shanghai", Money.Of(119_000.00m, Currency.USD), new LocalDate(2026, 7, 31), ValueList<string>.Of("bill of lading", "commercial invoice")),
        new RecordRefund(Money.Of(2_550.00m, Currency.USD), "HSBC-RF-1", "delay penalty refunded"),
        new IssueInvoice(7, Money.Of(170_000.00m, Currency.USD), 1),
        new IssueCreditNote(3, "INV-2026-000007", Money.Of(2_550.00m, Currency.USD), "delay penalty"),
        new RecordReturn(TvOrder.Line, Quantity.Pieces(3), ReturnKind.Return, "cracked panels"),
        new ConfirmDelivery("Long Beach DC", At),
        new CompleteOrder(),
        new CloseOrder(),
        new PlaceHold(HoldCode.Credit, "credit limit exceeded"),
        new ReleaseHold("limit raised"),
        new CancelOrder("market collapsed", Money.Of(20_000.00m, Currency.USD)),
        new CompleteStep(TrackedStep.Packed, "48 pallets"),
        new RecordExcusableDelay(ExcusableCause.CustomerCaused, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 3), "customer changed the carton print"),
        new AssessDelayPenalty(new LocalDate(2026, 7, 4), ValueList<string>.Of("Line 3", "Panel supplier")),
        new SubmitChangeRequest("CR-1", Software, "customer's retailer needs firmware 3.3"),
        new AssessChangeRequest("CR-1"),
        new ApproveChangeRequest("CR-1", "line 3 can flash during assembly"),
        new RejectChangeRequest("CR-1", "too late"),
        new WithdrawChangeRequest("CR-1"),
        new RecordChangeTest("CR-1", true, "1,000 power cycles, no regressions"),
        new ConfirmChangeByCustomer("CR-1"),
        new ApplyChangeRequest("CR-1"),
    ];

    public static readonly OrderEvent[] Events =
    [
        new OrderReceived(CustomerInfo.Create(CustomerId.From("c-acme"), "ACME Trading", CustomerTier.Ordinary), Channel.Email, Priority.Normal, Currency.USD, Lines, TvOrder.DeliveryDate, "Asia/Shanghai", "AQL 1.0", PaymentTerms.Default) { OrderId = TvOrder.Id, Version = 1, At = At, By = By, IdempotencyKey = "req-1", CommandFingerprint = "0f3c" },
        new OrderReturnedForCompletion("price missing", ValueList<string>.Of("unit price of line 10")) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new OrderDetailsCompleted(Lines, TvOrder.DeliveryDate, "AQL 1.0") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new OrderRecorded("SO-2026-000123", 123) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ReviewStarted(1, ValueList<Department>.Of(Department.Sales), ValueList<Department>.Of(Department.Production, Department.Technical), "initial: Sales (R6); detail: Production, Technical (R5)") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ReviewSigned(1, ReviewStage.Detail, Department.Production, ReviewVerdict.Approve, "line 3 free", Duration.FromHours(240), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Capacity, true, "150 sets a day"))) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ReviewStageCompleted(1) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ReviewPassed(1, Duration.FromHours(240)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new MaterialReserved(ValueList<MaterialReservation>.Of(new MaterialReservation(TvOrder.Line, ProductId.From("TV-55-UHD"), Quantity.Pieces(2000)))) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ReviewRejected(1, ValueList<string>.Of("Production: no capacity before July")) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new OrderRevised(Lines, new LocalDate(2026, 8, 31), "AQL 1.0", "delivery moved") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new QuotationPrepared("Q-2026-000012-R1", 12, QLines, Money.Of(165_750.00m, Currency.USD), new LocalDate(2026, 3, 31), TvOrder.DeliveryDate, Normal, Levels, "above 100000 (R8)", "8d7b4db22cdac031e2062e18") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new QuotationRevised("Q-2026-000012-R2", 2, QLines, Money.Of(165_750.00m, Currency.USD), new LocalDate(2026, 4, 15), TvOrder.DeliveryDate, Normal, Levels, "above 100000 (R8)", "529b85e31d29ff94b8a09cad", "counter-offer") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new QuotationApproved(2, ApprovalLevel.GeneralManager, "529b85e31d29ff94b8a09cad", "approved") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new QuotationApprovalRejected(2, ApprovalLevel.DepartmentHead, "margin below 12 %") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new QuotationAccepted("Q-2026-000012-R2", Money.Of(165_750.00m, Currency.USD), "529b85e31d29ff94b8a09cad") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new QuotationDeclined("price too high") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ContractSigned("CT-2026-000045", 45, Money.Of(170_000.00m, Currency.USD), ValueList<InstallmentAmount>.Of(new InstallmentAmount(Deposit, Money.Of(51_000.00m, Currency.USD))), "Q-2026-000012-R2") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ContractChecked("CT-2026-000045") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ContractStamped("CT-2026-000045") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ContractInForce("CT-2026-000045") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new PaymentConfirmed(Money.Of(51_000.00m, Currency.USD), "ACME Trading", PaymentInstrument.TelegraphicTransfer, "HSBC-TT-889120", At) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new DepositReceived(Money.Of(51_000.00m, Currency.USD), Money.Of(51_000.00m, Currency.USD)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new SampleSent(1, 2, "2 sets, firmware 3.2") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new SampleApproved("firmware 3.2 approved", 1) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new SampleRejected("remote pairing fails", 1) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ProductionReleased(new LocalDate(2026, 5, 29)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ProgressReported(Percentage.Of(40), "800 sets") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ProductionExceptionReported("panel shipment late", Duration.FromDays(3)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ProductionCompleted { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new InspectionPassed(QualityGrade.First, 125, 1, "AQL 1.0 passed") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new InspectionFailed(QualityGrade.Second, 125, 9, "backlight bleed") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ShipmentReleased(Money.Of(170_000.00m, Currency.USD)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new OrderShipped("COSCO Logistics", "driver Liu Yang", "COSU-6655443", ValueList<string>.Of("commercial invoice"), ValueList<ShippedLine>.Of(new ShippedLine(TvOrder.Line, Quantity.Pieces(2000)))) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ShipmentExceptionApproved("key account; balance guaranteed by the parent company") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new LetterOfCreditRegistered(new LetterOfCredit("LC-88-2026", "Bank of China, Shanghai", Money.Of(119_000.00m, Currency.USD), new LocalDate(2026, 7, 31), ValueList<string>.Of("bill of lading", "commercial invoice"))) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new SupplementalOrderProposed(new SupplementalOrderProposal(LineId.From("20"), ProductId.From("COIL-1.2MM"), Quantity.Of(600m, UnitOfMeasure.Metre))) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new RefundRecorded(Money.Of(2_550.00m, Currency.USD), "HSBC-RF-1", "delay penalty refunded") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new InvoiceIssued(new Invoice("INV-2026-000007", 7, Money.Of(170_000.00m, Currency.USD), 1, At)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new CreditNoteIssued(new CreditNote("CN-2026-000003", 3, "INV-2026-000007", Money.Of(2_550.00m, Currency.USD), "delay penalty", At)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ReturnRecorded(new ReturnRecord(TvOrder.Line, Quantity.Pieces(3), ReturnKind.Return, "cracked panels", Money.Of(255.00m, Currency.USD), At)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new DeliveryConfirmed("Long Beach DC", At) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new OrderCompleted { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new OrderClosed { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new HoldPlaced(HoldCode.Credit, "credit limit exceeded") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new HoldReleased(HoldCode.Credit, "limit raised") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new StepCompleted(TrackedStep.Packed, "48 pallets") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ServiceLevelBreached(ServiceStep.Inspected, At, At + Duration.FromHours(1), At + Duration.FromHours(3), Duration.FromHours(2), Duration.FromHours(1), TimeBasis.Working) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ExcusableDelayRecorded(ExcusableCause.CustomerCaused, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 3), "customer changed the carton print") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new DelayPenaltyAssessed(new DelayAssessment(
            new LocalDate(2026, 7, 4), TvOrder.DeliveryDate, new LocalDate(2026, 7, 4), false, 4, default, 4, ValueList<string>.Of("Line 3", "Panel supplier"),
            Money.Of(3_400.00m, Currency.USD), 4m,
            ValueList<PenaltyTraceLine>.Of(
                new PenaltyTraceLine("1 point(s) per day per responsible party (R39)", 4, null, null, 0m, 4m),
                new PenaltyTraceLine("days 1–4: 0.5 % of the ContractValue per day × 4", 4, Percentage.Of(0.5m), Money.Of(170_000.00m, Currency.USD), 3400.000m, 0m)),
            false, false)) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ChangeRequestSubmitted("CR-1", Software, "customer's retailer needs firmware 3.3") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ChangeRequestAssessed("CR-1", Preview) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ChangeRequestApproved("CR-1", Role.ProductionManager, "line 3 can flash during assembly") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ChangeRequestRejected("CR-1", "too late") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ChangeRequestWithdrawn("CR-1") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ChangeTested("CR-1", true, "1,000 power cycles") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ChangeConfirmedByCustomer("CR-1") { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new ChangeApplied(
            "CR-1",
            new ChangeRecord(1, "CR-1", ChangeKind.Specification, "firmware 3.3", By, ValueList<ActorId>.Of(ActorId.From("u-prodmgr")), By, At, Preview.Diff, Money.Zero(Currency.USD)),
            Lines, TvOrder.DeliveryDate, PaymentTerms.Default, Money.Of(170_000.00m, Currency.USD),
            ValueList<InstallmentAmount>.Of(new InstallmentAmount(Deposit, Money.Of(51_000.00m, Currency.USD))),
            QLines) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
        new OrderCancelled("market collapsed", Money.Of(51_000.00m, Currency.USD), Money.Of(0.00m, Currency.USD), "production had started: the deposit is forfeited (R36)", OrderStatus.InProduction) { OrderId = TvOrder.Id, Version = 2, At = At, By = By },
    ];
}
