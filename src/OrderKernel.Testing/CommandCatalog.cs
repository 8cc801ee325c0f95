using OrderKernel.Policies;
using System.Linq;
using NodaTime;

namespace OrderKernel.Testing;

/// <summary>
/// Command templates for random sequences: every command kind with a plausible payload built from the current state (the
/// seed order's values), issued by the actor the default policies expect. Random sequences over the standard catalog
/// reach every stage of the lifecycle, and plenty of refusals on the way. Add your own templates to test your commands' paths.
/// </summary>
public static class CommandCatalog
{
    /// <summary>Gets the standard catalog: the happy path first (a progress step issues the first template the state accepts), then alternatives and refusals.</summary>
    public static ValueList<CommandTemplate> Standard { get; } = ValueList<CommandTemplate>.Of(
    [
        // the happy path first: a progress step picks the first entry the state accepts
        new CommandTemplate("receive", (_, _) => SeedOrder.Receive(), SeedActors.Sales),
        new CommandTemplate("record", (_, _) => new RecordOrder(123), SeedActors.Clerk),
        new CommandTemplate("complete-details", (_, _) => new CompleteOrderDetails(ValueList<OrderLine>.Of(SeedOrder.TvLine()), SeedOrder.DeliveryDate, "AQL 1.0"), SeedActors.Customer),
        new CommandTemplate("submit-review", (_, _) => new SubmitForReview(), SeedActors.Sales),
        new CommandTemplate("sign-sales", (_, _) => SeedOrder.Approve(Department.Sales), SeedActors.SalesManager),
        new CommandTemplate("sign-production", (_, _) => SeedOrder.Approve(Department.Production), SeedActors.ProductionManager),
        new CommandTemplate("sign-technical", (_, _) => SeedOrder.Approve(Department.Technical), SeedActors.TechnicalManager),
        new CommandTemplate("prepare-quotation", (_, now) => new PrepareQuotation(12, SeedOrder.Prices(), Today(now).PlusDays(10)), SeedActors.Sales),
        new CommandTemplate("approve-head", (_, _) => new ApproveQuotation(ApprovalLevel.DepartmentHead, "ok"), SeedActors.DepartmentHead),
        new CommandTemplate("approve-gm", (_, _) => new ApproveQuotation(ApprovalLevel.GeneralManager, "ok"), SeedActors.GeneralManager),
        new CommandTemplate("accept-quotation", (_, _) => new AcceptQuotation(), SeedActors.Customer),
        new CommandTemplate("sign-contract", (_, _) => new SignContract(45), SeedActors.SalesManager),
        new CommandTemplate("check-contract", (_, _) => new CheckContract(), SeedActors.DepartmentHead),
        new CommandTemplate("stamp-contract", (_, _) => new StampContract(), SeedActors.SalesManager),
        new CommandTemplate("countersign-contract", (_, _) => new CountersignContract(), SeedActors.Customer),
        new CommandTemplate("release-production", (_, _) => new ReleaseToProduction(SeedOrder.DeliveryDate) { CapacityConfirmed = true, MaterialsReadyOn = SeedOrder.DeliveryDate }, SeedActors.ProductionManager),
        new CommandTemplate("complete-production", (_, _) => new CompleteProduction(), SeedActors.Production),
        new CommandTemplate("inspect-pass", (_, _) => new RecordInspection(QualityGrade.First, 2000, 0, "ok"), SeedActors.QualityInspector),
        new CommandTemplate("release-shipment", (_, _) => new ReleaseForShipment(), SeedActors.VicePresident),
        new CommandTemplate("ship", (_, _) => new Ship("COSCO", "driver 1", "WB-1", ValueList<string>.Of("invoice")), SeedActors.Warehouse),
        new CommandTemplate("deliver", (_, now) => new ConfirmDelivery("dock", now), SeedActors.Customer),
        new CommandTemplate("complete", (_, _) => new CompleteOrder(), SeedActors.Sales),
        new CommandTemplate("close", (_, _) => new CloseOrder(), SeedActors.Finance),
        new CommandTemplate("pay", Pay, SeedActors.Finance),

        // alternatives and refusals
        new CommandTemplate("refund-overpayment", (s, now) => new RecordRefund(s?.Contract is { } c && s.TotalPaid > c.Amount ? s.TotalPaid - c.Amount : Money.Of(1m, Currency.USD), "RF-" + now.ToUnixTimeTicks(), "overpaid"), SeedActors.Finance),
        new CommandTemplate("send-sample", (_, _) => new SendSample(2, "2 sets"), SeedActors.TechnicalManager),
        new CommandTemplate("approve-sample", (_, _) => new ApproveSample("fine"), SeedActors.Customer),
        new CommandTemplate("return-for-completion", (_, _) => new ReturnForCompletion("check the specification", ValueList<string>.Of("firmware version")), SeedActors.Sales),
        new CommandTemplate("reject-production", (_, _) => new SignReview(Department.Production, ReviewVerdict.Reject, "capacity", Duration.FromHours(2), default), SeedActors.ProductionManager),
        new CommandTemplate("revise-order", (_, _) => new ReviseOrder(ValueList<OrderLine>.Of(SeedOrder.TvLine()), SeedOrder.DeliveryDate, "AQL 1.0", "more capacity"), SeedActors.Sales),
        new CommandTemplate("revise-quotation", (_, now) => new ReviseQuotation(SeedOrder.Prices(84m), Today(now).PlusDays(10), "negotiated"), SeedActors.Sales),
        new CommandTemplate("reject-approval", (_, _) => new RejectQuotationApproval(ApprovalLevel.DepartmentHead, "margin"), SeedActors.DepartmentHead),
        new CommandTemplate("decline-quotation", (_, _) => new DeclineQuotation("price"), SeedActors.Customer),
        new CommandTemplate("pay-small", (_, now) => SeedOrder.Pay(1_000m, "TT-S-" + now.ToUnixTimeTicks(), now), SeedActors.Finance),
        new CommandTemplate("reject-sample", (_, _) => new RejectSample("colour"), SeedActors.Customer),
        new CommandTemplate("progress", (_, _) => new ReportProgress(Percentage.Of(50), "half"), SeedActors.Production),
        new CommandTemplate("exception", (_, _) => new ReportProductionException("line stop", Duration.FromHours(4)), SeedActors.Production),
        new CommandTemplate("inspect-fail", (_, _) => new RecordInspection(QualityGrade.Second, 2000, 9, "defects"), SeedActors.QualityInspector),
        new CommandTemplate("attach-document", (s, now) => new AttachDocument(DocumentKind.Other, "DOC-" + now.ToUnixTimeTicks(), "sha256:" + new string('a', 64), "scan"), SeedActors.Sales),
        new CommandTemplate("complaint", (s, now) => new RegisterComplaint("CP-" + now.ToUnixTimeTicks(), SeedOrder.Line, Quantity.Pieces(1), "dead pixels"), SeedActors.SalesManager),
        new CommandTemplate("resolve-complaint", (s, _) => new ResolveComplaint(s?.Complaints.LastOrDefault()?.Id ?? "CP-0", ComplaintRemedy.Refund, Money.Of(85m, Currency.USD), "refund"), SeedActors.SalesManager),
        new CommandTemplate("replace-complaint", (s, _) => new ResolveComplaint(s?.Complaints.LastOrDefault()?.Id ?? "CP-0", ComplaintRemedy.Replacement, null, "swap"), SeedActors.SalesManager),
        new CommandTemplate("open-exchange", (s, now) => new OpenExchange("EX-" + now.ToUnixTimeTicks(), SeedOrder.Line, Quantity.Pieces(1), "colour"), SeedActors.SalesManager),
        new CommandTemplate("ship-replacement", (s, _) => new ShipReplacement(s?.Exchanges.LastOrDefault()?.Id ?? "EX-0", "WB-R"), SeedActors.Warehouse),
        new CommandTemplate("invoice-order", (s, now) => new IssueInvoice(now.ToUnixTimeTicks() % 1_000_000 + 1, s is null ? Money.Of(1m, Currency.USD) : Invoicing.Invoiceable(s, OrderPolicies.Default) - Invoicing.NetInvoiced(s)), SeedActors.Finance),
        new CommandTemplate("invoice-delivery", (s, now) => new IssueInvoice(now.ToUnixTimeTicks() % 1_000_000 + 1, s is { Shipments.Count: > 0 } o ? Invoicing.DeliveryValue(o, 1, OrderPolicies.Default) : Money.Of(1m, Currency.USD), 1), SeedActors.Finance),
        new CommandTemplate("credit-note", (s, now) => s is { Invoices.Count: > 0 } o ? new IssueCreditNote(now.ToUnixTimeTicks() % 1_000_000 + 1, o.Invoices[0].Number, Money.Of(1_000m, Currency.USD), "price error") : new IssueCreditNote(1, "INV-NONE", Money.Of(1m, Currency.USD), "none"), SeedActors.Finance),
        new CommandTemplate("register-bill", (s, now) => new RegisterBankAcceptanceBill("BA-" + now.ToUnixTimeTicks(), "Bank of China", "balance", Money.Of(10_000m, Currency.USD), s is null ? new NodaTime.LocalDate(2026, 1, 1) : now.InUtc().Date.PlusDays(-1), s is null ? new NodaTime.LocalDate(2026, 4, 1) : now.InUtc().Date.PlusDays(30)), SeedActors.Finance),
        new CommandTemplate("settle-bill", (s, now) => new SettleBankAcceptanceBill(s is { BankAcceptanceBills.Count: > 0 } o ? o.BankAcceptanceBills[0].Number : "BA-NONE", (now.ToUnixTimeTicks() & 1) == 0 ? BillStatus.Honoured : BillStatus.Dishonoured, now), SeedActors.Finance),
        new CommandTemplate("plan-milestone", (_, now) => new PlanMilestone(MilestoneName.Of("finishing-start"), now + NodaTime.Duration.FromDays(5), "plan"), SeedActors.Production),
        new CommandTemplate("reach-milestone", (_, _) => new ReachMilestone(MilestoneName.Of("materials-ready"), "in stock"), SeedActors.Warehouse),
        new CommandTemplate("hold", (_, _) => new PlaceHold(HoldCode.Credit, "credit check"), SeedActors.FinanceManager),
        new CommandTemplate("release-hold", (_, _) => new ReleaseHold("cleared"), SeedActors.FinanceManager),
        new CommandTemplate("complete-step", (s, _) => new CompleteStep(s?.Status == OrderStatus.InProduction ? TrackedStep.PlanApproved : s?.Status is OrderStatus.Inspected or OrderStatus.ReleasedForShipment ? TrackedStep.Packed : TrackedStep.CustomerInformed, "done"), SeedActors.ProductionManager),
        new CommandTemplate("excusable-delay", (_, now) => new RecordExcusableDelay(ExcusableCause.ForceMajeure, new LocalDate(2026, 6, 25), new LocalDate(2026, 6, 28), "typhoon"), SeedActors.SalesManager),
        new CommandTemplate("assess-penalty", (s, now) => new AssessDelayPenalty(now.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date, ValueList<string>.Of("Line 3")), SeedActors.SalesManager),
        new CommandTemplate("cancel", (s, _) => new CancelOrder("customer request", s?.Currency is null ? null : Money.Of(2_000m, s.Currency)), SeedActors.SalesManager),
    ]);

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

        return SeedOrder.Pay(amount, "TT-" + now.ToUnixTimeTicks(), now);
    }
}
