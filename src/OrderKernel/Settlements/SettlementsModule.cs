using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Settlement and closure (R42–R45): invoices and credit notes, refunds, returns, completing the delivered order and closing it when settled.</summary>
internal sealed class SettlementsModule : IOrderModule
{
    /// <summary>R43: a completed or cancelled order closes only when nothing is owed either way.</summary>
    internal static readonly TransitionGuard Settled = TransitionGuard.Single(
        "settled",
        "The settlement statement shows nothing owed either way.",
        "R43",
        static (state, context) => SettlementDecider.CheckSettled(state, context.Policies));

    public void Register(ModuleBuilder m)
    {
        m.Applies<InvoiceIssued>(InvoiceDecider.Apply);
        m.Applies<CreditNoteIssued>(InvoiceDecider.Apply);
        m.Applies<OrderCompleted>(ClosureDecider.Apply);
        m.Applies<OrderClosed>(ClosureDecider.Apply);
        m.Applies<RefundRecorded>(SettlementDecider.Apply);
        m.Applies<ReturnRecorded>(SettlementDecider.Apply);
        m.Command<RecordRefund>(K.RecordRefund)
            .AllowedTo(Role.Finance)
            .PermitWithin(S.AwaitingDeposit, S.ReadyForProduction, S.InProduction, S.ProductionCompleted, S.Inspected, S.ReleasedForShipment, S.Shipped, S.Delivered, S.Completed, S.Cancelled, S.Closed)
            .Decide(SettlementDecider.Decide);
        m.Command<IssueInvoice>(K.IssueInvoice)
            .AllowedTo(Role.Finance, Role.FinanceManager)
            .AuthorizedUnder("R43")
            .PermitWithin(S.Shipped, S.Delivered, S.Completed)
            .Decide(InvoiceDecider.Decide);
        m.Command<IssueCreditNote>(K.IssueCreditNote)
            .AllowedTo(Role.Finance, Role.FinanceManager)
            .AuthorizedUnder("R43")
            .PermitWithin(S.Shipped, S.Delivered, S.Completed)
            .Decide(InvoiceDecider.Decide);
        m.Command<RecordReturn>(K.RecordReturn)
            .AllowedTo(Role.SalesRepresentative, Role.SalesManager, Role.Warehouse)
            .PermitWithin(S.Delivered, S.Completed)
            .Decide(s => s.Quotation, SettlementDecider.Decide);
        m.Command<CompleteOrder>(K.CompleteOrder)
            .AllowedTo(Role.SalesRepresentative, Role.SalesManager)
            .Permit(S.Delivered, S.Completed)
            .Decide(ClosureDecider.Decide);
        m.Command<CloseOrder>(K.CloseOrder)
            .AllowedTo(Role.SalesManager, Role.Finance)
            .Permit(S.Completed, S.Closed, Settled)
            .Permit(S.Cancelled, S.Closed, Settled)
            .Permit(S.Lost, S.Closed)
            .Decide(static (_, c, ctx) => ClosureDecider.Decide(c, ctx));
    }
}
