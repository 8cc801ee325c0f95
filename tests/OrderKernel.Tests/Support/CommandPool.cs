using NodaTime;

namespace OrderKernel.Tests.Support;

/// <summary>
/// Every command kind with a plausible payload built from the current state, and the actor the default policies expect.
/// Random sequences over this pool reach every stage of the lifecycle (and plenty of refusals on the way).
/// </summary>
internal static class CommandPool
{
    public sealed record Entry(string Name, Func<Order?, Instant, OrderCommand> Make, Actor Actor);

    public static readonly Entry[] Entries =
    [
        // the happy path first: a progress step picks the first entry the state accepts
        new("receive", (_, _) => TvOrder.Receive(), Actors.Sales),
        new("record", (_, _) => new RecordOrder(123), Actors.Clerk),
        new("complete-details", (_, _) => new CompleteOrderDetails(ValueList<OrderLine>.Of(TvOrder.TvLine()), TvOrder.DeliveryDate, "AQL 1.0"), Actors.Customer),
        new("submit-review", (_, _) => new SubmitForReview(), Actors.Sales),
        new("sign-sales", (_, _) => TvOrder.Approve(Department.Sales), Actors.SalesManager),
        new("sign-production", (_, _) => TvOrder.Approve(Department.Production), Actors.ProductionManager),
        new("sign-technical", (_, _) => TvOrder.Approve(Department.Technical), Actors.TechnicalManager),
        new("prepare-quotation", (_, now) => new PrepareQuotation(12, TvOrder.Prices(), Today(now).PlusDays(10)), Actors.Sales),
        new("approve-head", (_, _) => new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), Actors.DepartmentHead),
        new("approve-gm", (_, _) => new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), Actors.GeneralManager),
        new("accept-quotation", (_, _) => new AcceptQuotation(), Actors.Customer),
        new("sign-contract", (_, _) => new SignContract(45), Actors.SalesManager),
        new("check-contract", (_, _) => new CheckContract(), Actors.DepartmentHead),
        new("stamp-contract", (_, _) => new StampContract(), Actors.SalesManager),
        new("countersign-contract", (_, _) => new CountersignContract(), Actors.Customer),
        new("release-production", (_, _) => new ReleaseToProduction(TvOrder.DeliveryDate), Actors.ProductionManager),
        new("complete-production", (_, _) => new CompleteProduction(), Actors.Production),
        new("inspect-pass", (_, _) => new RecordInspection(true, QualityGrade.First, 125, 0, "ok"), Actors.QualityInspector),
        new("release-shipment", (_, _) => new ReleaseForShipment(), Actors.VicePresident),
        new("ship", (_, _) => new Ship("COSCO", "driver 1", "WB-1", ValueList<string>.Of("invoice")), Actors.Warehouse),
        new("deliver", (_, now) => new ConfirmDelivery("dock", now), Actors.Customer),
        new("complete", (_, _) => new CompleteOrder(), Actors.Sales),
        new("close", (_, _) => new CloseOrder(), Actors.Finance),
        new("pay", Pay, Actors.Finance),

        // alternatives and refusals
        new("invoice-order", (s, now) => new IssueInvoice(now.ToUnixTimeTicks() % 1_000_000 + 1, s is null ? Money.Of(1m, Currency.USD) : Invoicing.Invoiceable(s, OrderKernel.Policies.OrderPolicies.Default) - Invoicing.NetInvoiced(s)), Actors.Finance),
        new("invoice-delivery", (s, now) => new IssueInvoice(now.ToUnixTimeTicks() % 1_000_000 + 1, s is { Shipments.Count: > 0 } o ? Invoicing.DeliveryValue(o, 1, OrderKernel.Policies.OrderPolicies.Default) : Money.Of(1m, Currency.USD), 1), Actors.Finance),
        new("credit-note", (s, now) => s is { Invoices.Count: > 0 } o ? new IssueCreditNote(now.ToUnixTimeTicks() % 1_000_000 + 1, o.Invoices[0].Number, Money.Of(1_000m, Currency.USD), "price error") : new IssueCreditNote(1, "INV-NONE", Money.Of(1m, Currency.USD), "none"), Actors.Finance),
        new("refund-overpayment", (s, now) => new RecordRefund(s?.Contract is { } c && s.TotalPaid > c.Amount ? s.TotalPaid - c.Amount : Money.Of(1m, Currency.USD), "RF-" + now.ToUnixTimeTicks(), "overpaid"), Actors.Finance),
        new("send-sample", (_, _) => new SendSample(2, "2 sets"), Actors.TechnicalManager),
        new("approve-sample", (_, _) => new ApproveSample("fine"), Actors.Customer),
        new("return-for-completion", (_, _) => new ReturnForCompletion("check the specification", ValueList<string>.Of("firmware version")), Actors.Sales),
        new("reject-production", (_, _) => new SignReview(Department.Production, ReviewVerdict.Reject, "capacity", Duration.FromHours(2), default), Actors.ProductionManager),
        new("revise-order", (_, _) => new ReviseOrder(ValueList<OrderLine>.Of(TvOrder.TvLine()), TvOrder.DeliveryDate, "AQL 1.0", "more capacity"), Actors.Sales),
        new("revise-quotation", (_, now) => new ReviseQuotation(TvOrder.Prices(84m), Today(now).PlusDays(10), "negotiated"), Actors.Sales),
        new("reject-approval", (_, _) => new RejectQuotationApproval(ApprovalLevel.DepartmentHead, "margin"), Actors.DepartmentHead),
        new("decline-quotation", (_, _) => new DeclineQuotation("price"), Actors.Customer),
        new("pay-small", (_, now) => TvOrder.Pay(1_000m, "TT-S-" + now.ToUnixTimeTicks(), now), Actors.Finance),
        new("reject-sample", (_, _) => new RejectSample("colour"), Actors.Customer),
        new("progress", (_, _) => new ReportProgress(Percentage.Of(50), "half"), Actors.Production),
        new("exception", (_, _) => new ReportProductionException("line stop", Duration.FromHours(4)), Actors.Production),
        new("inspect-fail", (_, _) => new RecordInspection(false, QualityGrade.Second, 125, 9, "defects"), Actors.QualityInspector),
        new("hold", (_, _) => new PlaceHold(HoldCode.Credit, "credit check"), Actors.FinanceManager),
        new("release-hold", (_, _) => new ReleaseHold("cleared"), Actors.FinanceManager),
        new("complete-step", (s, _) => new CompleteStep(s?.Status == OrderStatus.InProduction ? TrackedStep.PlanApproved : s?.Status is OrderStatus.Inspected or OrderStatus.ReleasedForShipment ? TrackedStep.Packed : TrackedStep.CustomerInformed, "done"), Actors.ProductionManager),
        new("excusable-delay", (_, now) => new RecordExcusableDelay(ExcusableCause.ForceMajeure, new LocalDate(2026, 6, 25), new LocalDate(2026, 6, 28), "typhoon"), Actors.SalesManager),
        new("assess-penalty", (s, now) => new AssessDelayPenalty(now.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date, ValueList<string>.Of("Line 3")), Actors.SalesManager),
        new("cancel", (s, _) => new CancelOrder("customer request", s?.Currency is null ? null : Money.Of(2_000m, s.Currency)), Actors.SalesManager),
    ];

    private static LocalDate Today(Instant now) => now.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date;

    private static ConfirmPayment Pay(Order? s, Instant now)
    {
        var amount = 51_000m;
        if (s?.Contract is { } c)
        {
            var outstanding = c.Amount - s.TotalPaid;
            var depositLeft = c.Deposit - s.TotalPaid;
            amount = (depositLeft.IsPositive ? depositLeft : outstanding).Amount;
            if (amount <= 0)
            {
                amount = 1m;
            }
        }

        return TvOrder.Pay(amount, "TT-" + now.ToUnixTimeTicks(), now);
    }
}
