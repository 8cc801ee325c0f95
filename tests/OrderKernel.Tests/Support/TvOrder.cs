using NodaTime;

namespace OrderKernel.Tests.Support;

/// <summary>The seed's export order (004 TV flow): 2,000 TV sets at 85.00 USD for an ordinary customer.</summary>
internal static class TvOrder
{
    public static readonly OrderId Id = OrderId.From("ord-2026-0001");
    public static readonly LineId Line = LineId.From("10");
    public static readonly LocalDate DeliveryDate = new(2026, 6, 30);
    public static readonly Money UnitPrice = Money.Of(85.00m, Currency.USD);

    public static OrderLine TvLine(Money? price = null, bool isNew = false) =>
        OrderLine.Create(Line, ProductId.From("TV-55-UHD"), "55\" UHD, firmware 3.2, export packaging", Quantity.Pieces(2000), price ?? UnitPrice, isNewProduct: isNew);

    public static ReceiveOrder Receive(OrderLine? line = null, LocalDate? delivery = null, Priority priority = Priority.Normal, CustomerTier tier = CustomerTier.Ordinary) => new(
        Id,
        CustomerInfo.Create(CustomerId.From("c-acme"), "ACME Trading", tier),
        Channel.Email,
        priority,
        Currency.USD,
        ValueList<OrderLine>.Of(line ?? TvLine()),
        delivery ?? DeliveryDate,
        "Asia/Shanghai",
        "GB/T 1.1 sampling, AQL 1.0");

    public static ValueList<QuotationPrice> Prices(decimal unitPrice = 85.00m, decimal discount = 0m) =>
        ValueList<QuotationPrice>.Of(new QuotationPrice(Line, Money.Of(unitPrice, Currency.USD), Percentage.Of(discount)));

    public static SignReview Approve(Department d) => new(d, ReviewVerdict.Approve, "OK", Duration.FromHours(8), default);

    public static ConfirmPayment Pay(decimal amount, string reference, Instant receivedAt) =>
        new(Money.Of(amount, Currency.USD), "ACME Trading", PaymentInstrument.TelegraphicTransfer, reference, receivedAt);

    /// <summary>
    /// R15: every command that brings the contract into force in the standard lifecycle, in the seed's order and by whom:
    /// the sales manager signs and numbers it, the department head checks it, it is stamped and returned, the customer
    /// countersigns. The order then awaits the deposit. Every helper that drives an order through signing uses this list.
    /// </summary>
    public static (OrderCommand Command, Actor Actor)[] ContractIntoForce(long sequence = 45) =>
    [
        (new SignContract(sequence), Actors.SalesManager),
        (new CheckContract(), Actors.DepartmentHead),
        (new StampContract(), Actors.SalesManager),
        (new CountersignContract(), Actors.Customer),
    ];

    /// <summary>
    /// Brings the accepted quotation's contract into force (<see cref="ContractIntoForce"/>); in a lifecycle without
    /// <see cref="OptionalStage.ContractSignatureRound"/> signing alone does it.
    /// </summary>
    public static void SignIntoForce(Scenario s, long sequence = 45)
    {
        foreach (var (command, actor) in ContractIntoForce(sequence))
        {
            s.Do(command, actor);
            if (s.Current.Contract is { IsInForce: true })
            {
                return;
            }
        }
    }

    /// <summary>The stages of the happy path, in order.</summary>
    public enum Stage
    {
        Received,
        Recorded,
        Reviewed,
        Quoted,
        Approved,
        Accepted,
        Contracted,
        DepositPaid,
        InProduction,
        Produced,
        Inspected,
        BalancePaid,
        Released,
        Shipped,
        Delivered,
        Completed,
        Closed,
    }

    /// <summary>Runs the happy path up to and including <paramref name="until"/>.</summary>
    public static Scenario Through(Stage until, Scenario? scenario = null, Stage from = Stage.Received)
    {
        var s = scenario ?? new Scenario();
        foreach (var stage in Enum.GetValues<Stage>())
        {
            if (stage < from)
            {
                continue;
            }

            Step(s, stage);
            if (stage == until)
            {
                break;
            }
        }

        return s;
    }

    private static void Step(Scenario s, Stage stage)
    {
        switch (stage)
        {
            case Stage.Received:
                s.Do(Receive(), Actors.Sales);
                break;
            case Stage.Recorded:
                s.Do(new RecordOrder(123), Actors.Clerk);
                break;
            case Stage.Reviewed:
                s.Do(new SubmitForReview(), Actors.Sales);
                s.Do(Approve(Department.Sales), Actors.SalesManager);
                s.Do(Approve(Department.Production), Actors.ProductionManager);
                s.Do(Approve(Department.Technical), Actors.TechnicalManager);
                break;
            case Stage.Quoted:
                s.Do(new PrepareQuotation(12, Prices(), new LocalDate(2026, 3, 31)), Actors.Sales);
                break;
            case Stage.Approved:
                s.Do(new ApproveQuotation(ApprovalLevel.DepartmentHead, "margin fine"), Actors.DepartmentHead);
                s.Do(new ApproveQuotation(ApprovalLevel.GeneralManager, "approved"), Actors.GeneralManager);
                break;
            case Stage.Accepted:
                s.Do(new AcceptQuotation(), Actors.Customer);
                break;
            case Stage.Contracted:
                SignIntoForce(s);
                break;
            case Stage.DepositPaid:
                s.Do(Pay(51_000.00m, "TT-DEP-1", s.Now), Actors.Finance);
                break;
            case Stage.InProduction:
                s.Do(new ReleaseToProduction(new LocalDate(2026, 6, 15)), Actors.ProductionManager);
                break;
            case Stage.Produced:
                s.Do(new ReportProgress(Percentage.Of(50), "line 3 on schedule"), Actors.Production);
                s.Do(new CompleteProduction(), Actors.Production);
                break;
            case Stage.Inspected:
                s.Do(new RecordInspection(true, QualityGrade.First, 125, 1, "AQL 1.0 passed"), Actors.QualityInspector);
                break;
            case Stage.BalancePaid:
                s.Do(Pay(119_000.00m, "TT-BAL-1", s.Now), Actors.Finance);
                break;
            case Stage.Released:
                s.Do(new ReleaseForShipment(), Actors.VicePresident);
                break;
            case Stage.Shipped:
                s.Do(new Ship("COSCO Logistics", "driver ID-REF-0002, truck 沪A12345", "WB-778812", ValueList<string>.Of("commercial invoice", "packing list", "bill of lading")), Actors.Warehouse);
                break;
            case Stage.Delivered:
                s.Do(new ConfirmDelivery("ACME receiving dock", s.Now), Actors.Customer);
                break;
            case Stage.Completed:
                s.Do(new CompleteOrder(), Actors.Sales);
                break;
            case Stage.Closed:
                s.Do(new CloseOrder(), Actors.Finance);
                break;
        }
    }
}
