using NodaTime;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Orders;

/// <summary>
/// Every malformed command, in every area, is refused with its reason code and rule and changes nothing: one case per
/// input check of the deciders (blank texts, unknown enum values, foreign currencies, impossible quantities and dates).
/// </summary>
public class CommandValidationTests
{
    private const string UnderReview = "submitted for review";

    private static readonly Money Usd1000 = Money.Of(1_000m, Currency.USD);

    /// <summary>(case, stage reached first, command, actor, expected code, expected rule).</summary>
    public static TheoryData<string, object, OrderCommand, string, string, string> Malformed() => new()
    {
        // Review (R5, R7, R10)
        { "unknown department", UnderReview, new SignReview((Department)77, ReviewVerdict.Approve, "ok", Duration.Zero, default), "SalesManager", ViolationCodes.InvalidInput, "kernel" },
        { "unknown verdict", UnderReview, new SignReview(Department.Sales, (ReviewVerdict)77, "ok", Duration.Zero, default), "SalesManager", ViolationCodes.InvalidInput, "kernel" },
        { "negative working time", UnderReview, new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.FromHours(-1), default), "SalesManager", ViolationCodes.DurationOutOfRange, "kernel" },
        { "missing finding", UnderReview, new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.Zero, ValueList<ReviewFinding>.Of([null!])), "SalesManager", ViolationCodes.MissingValue, "kernel" },
        { "finding with an unknown criterion", UnderReview, new SignReview(Department.Sales, ReviewVerdict.Approve, "ok", Duration.Zero, ValueList<ReviewFinding>.Of(new ReviewFinding((ReviewCriterion)77, true, "n"))), "SalesManager", ViolationCodes.InvalidInput, "kernel" },

        // Quotation (R8, R13)
        { "quotation sequence zero", Stage.Reviewed, new PrepareQuotation(0, TvOrder.Prices(), new LocalDate(2026, 3, 31)), "Sales", ViolationCodes.InvalidInput, "R12" },
        { "price without a currency", Stage.Reviewed, new PrepareQuotation(1, ValueList<QuotationPrice>.Of(new QuotationPrice(TvOrder.Line, default, Percentage.Zero)), new LocalDate(2026, 3, 31)), "Sales", ViolationCodes.MissingValue, "kernel" },
        { "price in another currency", Stage.Reviewed, new PrepareQuotation(1, ValueList<QuotationPrice>.Of(new QuotationPrice(TvOrder.Line, Money.Of(85m, Currency.EUR), Percentage.Zero)), new LocalDate(2026, 3, 31)), "Sales", ViolationCodes.CurrencyMismatch, "R13" },
        { "negative price", Stage.Reviewed, new PrepareQuotation(1, TvOrder.Prices(unitPrice: -1m), new LocalDate(2026, 3, 31)), "Sales", ViolationCodes.InvalidInput, "R13" },
        { "discount above 100 %", Stage.Reviewed, new PrepareQuotation(1, TvOrder.Prices(discount: 101m), new LocalDate(2026, 3, 31)), "Sales", ViolationCodes.InvalidInput, "kernel" },
        { "revision without a reason", Stage.Quoted, new ReviseQuotation(TvOrder.Prices(80m), new LocalDate(2026, 3, 31), " "), "Sales", ViolationCodes.InvalidInput, "R13" },
        { "approval rejected without a reason", Stage.Quoted, new RejectQuotationApproval(ApprovalLevel.DepartmentHead, ""), "DepartmentHead", ViolationCodes.InvalidInput, "R8" },
        { "declined without a lost reason", Stage.Approved, new DeclineQuotation(" "), "Customer", ViolationCodes.InvalidInput, "R13" },

        // Contract and payments (R16, R19)
        { "contract sequence zero", Stage.Accepted, new SignContract(0), "SalesManager", ViolationCodes.InvalidInput, "R16" },
        { "payment without a currency", Stage.Contracted, new ConfirmPayment(default, "ACME", PaymentInstrument.TelegraphicTransfer, "TT-1", Scenario.Start), "Finance", ViolationCodes.MissingValue, "kernel" },
        { "payment without a remitter", Stage.Contracted, new ConfirmPayment(Usd1000, " ", PaymentInstrument.TelegraphicTransfer, "TT-1", Scenario.Start), "Finance", ViolationCodes.InvalidInput, "R19" },
        { "payment by an unknown instrument", Stage.Contracted, new ConfirmPayment(Usd1000, "ACME", (PaymentInstrument)77, "TT-1", Scenario.Start), "Finance", ViolationCodes.InvalidInput, "kernel" },

        // Samples and production (R14, R22, R24, R25, R28)
        { "sample rejected without reasons", Stage.DepositPaid, new RejectSample(" "), "Customer", ViolationCodes.NoSampleAwaitingVerdict, "R14" },
        { "completion planned before today", Stage.DepositPaid, new ReleaseToProduction(new LocalDate(2026, 3, 1)) { CapacityConfirmed = true, MaterialsReadyOn = new LocalDate(2026, 3, 1) }, "ProductionManager", ViolationCodes.InvalidInput, "R22" },
        { "progress above 100 %", Stage.InProduction, new ReportProgress(Percentage.Of(101m), "too far"), "Production", ViolationCodes.InvalidInput, "kernel" },
        { "negative expected delay", Stage.InProduction, new ReportProductionException("line 3 down", Duration.FromHours(-2)), "Production", ViolationCodes.DurationOutOfRange, "kernel" },
        { "unknown quality grade", Stage.Produced, new RecordInspection((QualityGrade)77, 2000, 0, "ok"), "QualityInspector", ViolationCodes.InvalidInput, "kernel" },

        // Shipment (R17, R18, R31, R32)
        { "exception without a reason", Stage.Inspected, new ApproveShipmentException(" "), "GeneralManager", ViolationCodes.InvalidInput, "R17" },
        { "credit without a currency", Stage.Inspected, new RegisterLetterOfCredit("LC-1", "Bank", default, new LocalDate(2026, 12, 31), default), "Finance", ViolationCodes.MissingValue, "kernel" },
        { "credit in another currency", Stage.Inspected, new RegisterLetterOfCredit("LC-1", "Bank", Money.Of(1m, Currency.EUR), new LocalDate(2026, 12, 31), default), "Finance", ViolationCodes.CurrencyMismatch, "R18" },
        { "credit without a number", Stage.Inspected, new RegisterLetterOfCredit(" ", "Bank", Usd1000, new LocalDate(2026, 12, 31), default), "Finance", ViolationCodes.InvalidInput, "R18" },
        { "credit without a bank", Stage.Inspected, new RegisterLetterOfCredit("LC-1", "", Usd1000, new LocalDate(2026, 12, 31), default), "Finance", ViolationCodes.InvalidInput, "R18" },
        { "credit of zero", Stage.Inspected, new RegisterLetterOfCredit("LC-1", "Bank", Money.Zero(Currency.USD), new LocalDate(2026, 12, 31), default), "Finance", ViolationCodes.InvalidInput, "R18" },
        { "credit already expired", Stage.Inspected, new RegisterLetterOfCredit("LC-1", "Bank", Usd1000, new LocalDate(2026, 3, 1), default), "Finance", ViolationCodes.InvalidInput, "R18" },
        { "shipped line missing", Stage.Released, Dispatch([null!]), "Warehouse", ViolationCodes.MissingValue, "kernel" },
        { "shipped line unknown", Stage.Released, Dispatch(new ShippedLine(LineId.From("99"), Quantity.Pieces(1))), "Warehouse", ViolationCodes.InvalidInput, "R32" },
        { "shipped line twice", Stage.Released, Dispatch(new ShippedLine(TvOrder.Line, Quantity.Pieces(1)), new ShippedLine(TvOrder.Line, Quantity.Pieces(1))), "Warehouse", ViolationCodes.InvalidInput, "R32" },
        { "shipped in another unit", Stage.Released, Dispatch(new ShippedLine(TvOrder.Line, Quantity.Of(1m, UnitOfMeasure.Metre))), "Warehouse", ViolationCodes.InvalidInput, "R32" },
        { "shipped quantity zero", Stage.Released, Dispatch(new ShippedLine(TvOrder.Line, Quantity.Pieces(0))), "Warehouse", ViolationCodes.InvalidInput, "R32" },
        { "delivery without a receiver", Stage.Shipped, new ConfirmDelivery(" ", Scenario.Start), "Customer", ViolationCodes.InvalidInput, "R38" },

        // Settlement (R43, R45)
        { "refund without a currency", Stage.Delivered, new RecordRefund(default, "RF-1", "goodwill"), "Finance", ViolationCodes.MissingValue, "kernel" },
        { "refund in another currency", Stage.Delivered, new RecordRefund(Money.Of(1m, Currency.EUR), "RF-1", "goodwill"), "Finance", ViolationCodes.CurrencyMismatch, "R43" },
        { "return of an unknown kind", Stage.Delivered, new RecordReturn(TvOrder.Line, Quantity.Pieces(1), (ReturnKind)77, "broken"), "Warehouse", ViolationCodes.InvalidInput, "kernel" },
        { "return without a reason", Stage.Delivered, new RecordReturn(TvOrder.Line, Quantity.Pieces(1), ReturnKind.Return, " "), "Warehouse", ViolationCodes.InvalidInput, "R45" },
        { "return without a quantity", Stage.Delivered, new RecordReturn(TvOrder.Line, default, ReturnKind.Return, "broken"), "Warehouse", ViolationCodes.MissingValue, "kernel" },
        { "return in another unit", Stage.Delivered, new RecordReturn(TvOrder.Line, Quantity.Of(1m, UnitOfMeasure.Metre), ReturnKind.Return, "broken"), "Warehouse", ViolationCodes.InvalidInput, "R45" },
        { "return of nothing", Stage.Delivered, new RecordReturn(TvOrder.Line, Quantity.Pieces(0), ReturnKind.Return, "broken"), "Warehouse", ViolationCodes.InvalidInput, "R45" },

        // Holds and cancellation (R33, R36)
        { "hold with an unknown code", Stage.Recorded, new PlaceHold((HoldCode)77, "audit"), "SalesManager", ViolationCodes.InvalidInput, "kernel" },
        { "hold without a reason", Stage.Recorded, new PlaceHold(HoldCode.Credit, " "), "SalesManager", ViolationCodes.InvalidInput, "R33" },
        { "release without a hold", Stage.Recorded, new ReleaseHold("done"), "SalesManager", ViolationCodes.NotOnHold, "R33" },
        { "costs without a currency", Stage.Contracted, new CancelOrder("customer withdrew", default(Money)), "SalesManager", ViolationCodes.MissingValue, "kernel" },
        { "costs in another currency", Stage.Contracted, new CancelOrder("customer withdrew", Money.Of(1m, Currency.EUR)), "SalesManager", ViolationCodes.CurrencyMismatch, "R36" },
        { "negative costs", Stage.Contracted, new CancelOrder("customer withdrew", Money.Of(-1m, Currency.USD)), "SalesManager", ViolationCodes.CurrencyMismatch, "R36" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Decide_MalformedCommand_IsRefusedWithItsRuleAndChangesNothing(string what, object stage, OrderCommand command, string actor, string code, string rule)
    {
        var s = stage is Stage reached ? TvOrder.Through(reached) : SubmittedForReview();
        var before = s.Current;
        var refused = s.Refuse(command, ActorNamed(actor));
        var v = refused.Has(code, rule);
        Assert.False(string.IsNullOrWhiteSpace(v.Message), what);
        Assert.Same(before, s.Current);
    }

    /// <summary>
    /// The texts people read: every refusal above, with its code, rule and message, against a reviewed golden list
    /// (<c>Golden/refusals.txt</c>; regenerate with <c>ORDERKERNEL_UPDATE_GOLDEN=1</c> and review the diff).
    /// </summary>
    [Fact]
    public void Decide_MalformedCommands_RefusalMessages_MatchTheGoldenList()
    {
        var lines = new List<string>();
        foreach (var row in Malformed())
        {
            var (what, stage, command, actor) = ((string)row[0], row[1], (OrderCommand)row[2], (string)row[3]);
            var s = stage is Stage reached ? TvOrder.Through(reached) : SubmittedForReview();
            foreach (var v in s.Refuse(command, ActorNamed(actor)).Violations)
            {
                lines.Add($"{what}: {v.Code} [{v.Rule}] {v.Message}");
            }
        }

        var good = TvOrder.Receive();
        var euro = OrderLine.Create(LineId.From("20"), ProductId.From("RC-1"), "remote", Quantity.Pieces(1), Money.Of(2m, Currency.EUR));
        (string What, ReceiveOrder Command)[] intake =
        [
            ("order without an id", good with { OrderId = null! }),
            ("order with an unknown channel", good with { Channel = (Channel)77 }),
            ("order with an unknown priority", good with { Priority = (Priority)77 }),
            ("order in an unknown time zone", good with { TimeZoneId = "Mars/Olympus" }),
            ("order without lines", good with { Lines = default }),
            ("order with a missing line", good with { Lines = ValueList<OrderLine>.Of([null!]) }),
            ("order with a line twice", good with { Lines = ValueList<OrderLine>.Of(TvOrder.TvLine(), TvOrder.TvLine()) }),
            ("order with a line in another currency", good with { Lines = ValueList<OrderLine>.Of(TvOrder.TvLine(), euro) }),
        ];
        foreach (var (what, command) in intake)
        {
            foreach (var v in new Scenario().Refuse(command, Actors.Sales).Violations)
            {
                lines.Add($"{what}: {v.Code} [{v.Rule}] {v.Message}");
            }
        }

        var recorded = TvOrder.Through(Stage.Received);
        foreach (var v in recorded.Refuse(new RecordOrder(0), Actors.Clerk).Violations)
        {
            lines.Add($"order sequence zero: {v.Code} [{v.Rule}] {v.Message}");
        }

        foreach (var v in recorded.Refuse(new ReturnForCompletion(" ", default), Actors.Clerk).Violations)
        {
            lines.Add($"sent back without a reason: {v.Code} [{v.Rule}] {v.Message}");
        }

        var open = new Scenario();
        open.Do(TvOrder.Receive(TvOrder.TvLine(), delivery: null) with { RequestedDeliveryDate = null, Lines = ValueList<OrderLine>.Of(OrderLine.Create(TvOrder.Line, ProductId.From("TV-55-UHD"), "55in", Quantity.Pieces(2000), null)) }, Actors.Sales);
        foreach (var v in open.Refuse(new RecordOrder(1), Actors.Clerk).Violations)
        {
            lines.Add($"recorded while incomplete: {v.Code} [{v.Rule}] {v.Message}");
        }

        Golden.AssertMatches("refusals.txt", string.Join("\n", lines) + "\n");
    }

    private static Scenario SubmittedForReview()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        return s;
    }

    [Fact]
    public void ReceiveOrder_MissingIdentityOrUnknownValues_IsRefused_R1()
    {
        var good = TvOrder.Receive();
        OrderCommand[] bad =
        [
            good with { OrderId = null! },
            good with { Customer = null! },
            good with { Currency = null! },
            good with { Priority = (Priority)77 },
            good with { TimeZoneId = null! },
        ];
        foreach (var command in bad)
        {
            var s = new Scenario();
            var refused = s.Refuse(command, Actors.Sales);
            Assert.Contains(refused.Violations, v => v.Code is ViolationCodes.MissingValue or ViolationCodes.InvalidInput or ViolationCodes.UnknownTimeZone);
            Assert.Null(s.State);
        }
    }

    [Fact]
    public void OptionalTexts_LeftNull_AreRecordedAsEmpty()
    {
        // Hosts deserializing partial payloads may pass null for optional texts: the kernel stores empty text, never null.
        var s = new Scenario();
        s.Do(TvOrder.Receive() with { QualityRequirements = null!, PaymentTerms = null }, Actors.Sales);
        Assert.Equal(string.Empty, s.Current.QualityRequirements);
        Assert.Equal(s.Policies.DefaultPaymentTerms, s.Current.PaymentTerms);

        s = TvOrder.Through(Stage.Quoted);
        s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, null!), Actors.DepartmentHead);
        Assert.Equal(string.Empty, s.Current.Quotation!.Approvals[0].Comments);

        s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SendSample(2, null!), Actors.Sales);
        Assert.Equal(string.Empty, s.Current.Sample!.Note);

        s = TvOrder.Through(Stage.Produced);
        s.Do(new RecordInspection(QualityGrade.First, 2000, 0, null!), Actors.QualityInspector);
        Assert.Equal(string.Empty, s.Current.Inspection!.Notes);
    }

    [Fact]
    public void ApproveSample_WhenTheSampleIsAlreadyApproved_IsRefused_R14()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SendSample(2, "golden sample"), Actors.Sales);
        s.Do(new ApproveSample("fine"), Actors.Customer);
        s.Refuse(new ApproveSample("again"), Actors.Customer).Has(ViolationCodes.NoSampleAwaitingVerdict, "R14");
        s.Refuse(new RejectSample("changed my mind"), Actors.Customer).Has(ViolationCodes.NoSampleAwaitingVerdict, "R14");
    }

    [Fact]
    public void RejectSample_WithoutReasons_IsRefused_R14()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        s.Do(new SendSample(2, "golden sample"), Actors.Sales);
        s.Refuse(new RejectSample(" "), Actors.Customer).Has(ViolationCodes.InvalidInput, "R14");
    }

    [Fact]
    public void ReviseOrder_AfterARejectedReview_NeedsANoteAndValidLines_R10()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new SubmitForReview(), Actors.Sales);
        s.Do(new SignReview(Department.Sales, ReviewVerdict.Reject, "price too low", Duration.Zero, default), Actors.SalesManager);
        var lines = ValueList<OrderLine>.Of(TvOrder.TvLine(Money.Of(90m, Currency.USD)));
        s.Refuse(new ReviseOrder(lines, TvOrder.DeliveryDate, "AQL 1.0", " "), Actors.Sales).Has(ViolationCodes.InvalidInput);
        s.Refuse(new ReviseOrder(default, TvOrder.DeliveryDate, "AQL 1.0", "repriced"), Actors.Sales).Has(ViolationCodes.InvalidInput, "R1");
        s.Do(new ReviseOrder(lines, TvOrder.DeliveryDate, null!, "repriced"), Actors.Sales);
        Assert.Equal(string.Empty, s.Current.QualityRequirements);
    }

    [Fact]
    public void CompleteOrderDetails_AfterBeingSentBack_NeedsValidLines_R3()
    {
        var s = new Scenario();
        s.Do(TvOrder.Receive(TvOrder.TvLine(), delivery: null) with { RequestedDeliveryDate = null }, Actors.Sales);
        s.Refuse(new RecordOrder(1), Actors.Clerk).Has(ViolationCodes.Incomplete, "R3");
        s.Do(new ReturnForCompletion("no delivery date", ValueList<string>.Of("requested delivery date")), Actors.Clerk);
        s.Refuse(new CompleteOrderDetails(ValueList<OrderLine>.Of(TvOrder.TvLine(), TvOrder.TvLine()), TvOrder.DeliveryDate, "AQL 1.0"), Actors.Customer).Has(ViolationCodes.InvalidInput, "R1");
        s.Do(new CompleteOrderDetails(ValueList<OrderLine>.Of(TvOrder.TvLine()), TvOrder.DeliveryDate, null!), Actors.Customer);
        Assert.Equal(string.Empty, s.Current.QualityRequirements);
        s.Do(new RecordOrder(1), Actors.Clerk);
    }

    [Fact]
    public void ChangeRequests_StepsThatDoNotApply_AreRefusedWithTheReason_R33_R35()
    {
        var s = TvOrder.Through(Stage.DepositPaid);
        var price = new ChangeProposal(ChangeKind.UnitPrice, TvOrder.Line, NewUnitPrice: Money.Of(84m, Currency.USD));
        s.Do(new SubmitChangeRequest("CR-1", price, "rebate"), Actors.Sales);
        s.Refuse(new WithdrawChangeRequest("CR-9"), Actors.Sales).Has(ViolationCodes.InvalidInput, "R33");
        s.Do(new AssessChangeRequest("CR-1"), Actors.SalesManager);

        // A price change needs neither a technical test nor the customer's confirmation.
        s.Refuse(new RecordChangeTest("CR-1", true, "n/a"), Actors.TechnicalManager).Has(ViolationCodes.TransitionNotAllowed, "R33");
        s.Refuse(new ConfirmChangeByCustomer("CR-1"), Actors.Customer).Has(ViolationCodes.TransitionNotAllowed, "R33");
        s.Refuse(new RejectChangeRequest("CR-1", " "), Actors.SalesManager).Has(ViolationCodes.TransitionNotAllowed, "R33");

        s.Do(new ApproveChangeRequest("CR-1", null!), Actors.SalesManager);
        Assert.Equal(string.Empty, s.Current.ChangeRequests[0].Approvals[0].Comments);
    }

    private static Ship Dispatch(params ShippedLine[] lines) =>
        new("COSCO", "driver", "WB-1", default, ValueList<ShippedLine>.Of(lines));

    private static Actor ActorNamed(string name) =>
        (Actor)typeof(Actors).GetProperty(name)!.GetValue(null)!;
}
