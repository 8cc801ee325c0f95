using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel.Sample;

/// <summary>
/// A second scenario (shipped as scenarios/steel-coil.json): a key customer's steel-coil order in CNY, secured by a letter
/// of credit, delivered in two shipments short of its ±5 % tolerance, which proposes a supplemental order (R18, R32, R44).
/// </summary>
public static class SteelCoilScenario
{
    /// <summary>Builds the scenario.</summary>
    /// <returns>The scenario.</returns>
    public static Scenario Build()
    {
        var cny = Currency.CNY;
        var line = LineId.From("1");
        Actor A(string id, string name, Role role) => Actor.Create(id, name, role);
        Actor[] actors =
        [
            A("sales", "Liu Fang (sales)", Role.SalesRepresentative), A("salesmgr", "Zhao Min (sales manager)", Role.SalesManager),
            A("clerk", "Li Na (order entry)", Role.OrderClerk), A("prodmgr", "Chen Gang (production manager)", Role.ProductionManager),
            A("techmgr", "Zhou Jie (technical manager)", Role.TechnicalManager), A("head", "Lin Tao (department head)", Role.DepartmentHead),
            A("customer", "Huadong Auto Parts (customer)", Role.Customer), A("finance", "Gao Yan (finance)", Role.Finance),
            A("qi", "He Yun (quality inspector)", Role.QualityInspector), A("vp", "Tang Hui (sales vice-president)", Role.SalesVicePresident),
            A("warehouse", "Lu Qiang (warehouse)", Role.Warehouse),
        ];
        static LocalDateTime At(int month, int day, int hour) => new(2026, month, day, hour, 0);
        var lc = PaymentTerms.Create(PaymentInstrument.LetterOfCredit, Installment.Create("against documents", Percentage.Hundred, InstallmentDue.BeforeShipment));
        var steps = new List<ScenarioStep>
        {
            ScenarioStep.Heading("Intake and review"),
            new(null, At(4, 1, 9), "sales", new ReceiveOrder(
                OrderId.From("ord-coil-0007"),
                CustomerInfo.Create(CustomerId.From("c-huadong"), "Huadong Auto Parts", CustomerTier.Key),
                Channel.Edi,
                Priority.Normal,
                cny,
                ValueList<OrderLine>.Of(OrderLine.Create(line, ProductId.From("COIL-CR-1.2"), "cold-rolled coil, 1.2 mm x 1250 mm", Quantity.Of(10_000m, UnitOfMeasure.Metre), Money.Of(48.60m, cny), tolerance: DeliveryTolerance.Percent(Percentage.Of(5)))),
                new LocalDate(2026, 5, 15),
                "Asia/Shanghai",
                "mill test certificate per coil; final inspection AQL 2.5",
                lc) { Aql = 2.5m }),
            new(null, At(4, 1, 10), "clerk", new RecordOrder(207)),
            new(null, At(4, 1, 11), "sales", new SubmitForReview()),
            new(null, At(4, 1, 13), "salesmgr", new SignReview(Department.Sales, ReviewVerdict.Approve, "repeat order", Duration.FromHours(1), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Compliance, true, "framework contract in force")))),
            new(null, At(4, 1, 14), "prodmgr", new SignReview(Department.Production, ReviewVerdict.Approve, "mill slot in week 17", Duration.FromHours(40), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Capacity, true, "mill slot in week 17"), new ReviewFinding(ReviewCriterion.Materials, true, "slab stock covers the order")))),
            new(null, At(4, 1, 15), "techmgr", new SignReview(Department.Technical, ReviewVerdict.Approve, "standard grade", Duration.FromHours(2), ValueList<ReviewFinding>.Of(new ReviewFinding(ReviewCriterion.Risks, true, "standard grade, no open risk")))),
            ScenarioStep.Heading("Quotation under per-currency approval limits"),
            new(null, At(4, 2, 10), "sales", new PrepareQuotation(88, ValueList<QuotationPrice>.Of(new QuotationPrice(line, Money.Of(48.60m, cny), Percentage.Of(2))), new LocalDate(2026, 4, 30))),
            new(null, At(4, 2, 14), "head", new ApproveQuotation(ApprovalLevel.DepartmentHead, "key account price")),
            new(null, At(4, 3, 9), "customer", new AcceptQuotation()),
            new(null, At(4, 3, 15), "salesmgr", new SignContract(61)),
            new(null, At(4, 3, 16), "head", new CheckContract()),
            new(null, At(4, 3, 17), "salesmgr", new StampContract()),
            new(null, At(4, 6, 10), "customer", new CountersignContract()),
            ScenarioStep.Heading("Letter of credit instead of a deposit (R18)"),
            new(null, At(4, 7, 10), "finance", new RegisterLetterOfCredit("LC-BOC-26-0415", "Bank of China, Shanghai", Money.Of(476_280.00m, cny), new LocalDate(2026, 6, 30), ValueList<string>.Of("commercial invoice", "mill test certificates", "delivery note"))),
            new(null, At(4, 8, 9), "prodmgr", new ReleaseToProduction(new LocalDate(2026, 5, 8)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 4, 10) }),
            new(null, At(4, 8, 10), "prodmgr", new OrderKernel.CompleteStep(OrderKernel.TrackedStep.PlanApproved, "mill slot confirmed")),
            new(null, At(5, 8, 16), "prodmgr", new CompleteProduction()),
            new(null, At(5, 8, 17), "qi", new RecordInspection(QualityGrade.First, 40, 0, "40 coils; thickness within 0.02 mm")),
            new(null, At(5, 9, 9), "warehouse", new OrderKernel.CompleteStep(OrderKernel.TrackedStep.Packed, "coils strapped and labelled")),
            new(null, At(5, 9, 10), "vp", new ReleaseForShipment()),
            ScenarioStep.Heading("Two shipments short of tolerance, an over-delivery refused (R32, R44)"),
            new(null, At(5, 9, 14), "warehouse", new Ship("Sinotrans", "truck HU-B556, driver Wang Jun", "ST-3391", ValueList<string>.Of("delivery note", "mill test certificates"), ValueList<ShippedLine>.Of(new ShippedLine(line, Quantity.Of(6_000m, UnitOfMeasure.Metre))))),
            new(null, At(5, 12, 14), "warehouse", new Ship("Sinotrans", "truck HU-B771, driver Xu Lei", "ST-3417", ValueList<string>.Of("delivery note"), ValueList<ShippedLine>.Of(new ShippedLine(line, Quantity.Of(3_400m, UnitOfMeasure.Metre))))),
            new(null, At(5, 12, 15), "warehouse", new Ship("Sinotrans", "truck HU-B771", "ST-3418", default, ValueList<ShippedLine>.Of(new ShippedLine(line, Quantity.Of(1_200m, UnitOfMeasure.Metre))))),
            new(null, At(5, 12, 16), "sales", new OrderKernel.CompleteStep(OrderKernel.TrackedStep.CustomerInformed, "dispatch advice sent")),
            new(null, At(5, 13, 10), "customer", new ConfirmDelivery("Huadong receiving", Instant.FromUtc(2026, 5, 13, 1, 30))),
            new(null, At(5, 13, 11), "sales", new OrderKernel.RecordReturn(line, Quantity.Of(200m, UnitOfMeasure.Metre), OrderKernel.ReturnKind.Return, "edge cracks on the last coil")),
            new(null, At(5, 13, 16), "sales", new CompleteOrder()),
            ScenarioStep.Heading("Payment under the L/C and settlement (R43)"),
            new(null, At(5, 20, 10), "finance", new ConfirmPayment(Money.Of(438_177.60m, cny), "Bank of China (L/C LC-BOC-26-0415)", PaymentInstrument.LetterOfCredit, "BOC-LC-PAY-1", Instant.FromUtc(2026, 5, 20, 1, 0))),
            new(null, At(5, 20, 11), "finance", new CloseOrder()),
        };

        return new Scenario(
            "OrderKernel scenario: a key customer's steel coil, 10,000 m at 48.60 CNY with ±5 % tolerance, against a letter of credit.",
            "Asia/Shanghai",
            new ScenarioPolicies { Approval = new ApprovalPolicyOptions { Limits = ValueList<ApprovalLimit>.Of(new ApprovalLimit(cny, 700_000m, 7_000_000m)) } },
            actors,
            steps);
    }
}
