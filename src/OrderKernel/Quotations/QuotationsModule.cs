using OrderKernel.Kernel;
using OrderKernel.Policies;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Quotations (R8–R13): preparing, revising, approving and the customer's answer.</summary>
internal sealed class QuotationsModule : IOrderModule
{
    /// <summary>R8: the customer accepts only an approved revision.</summary>
    internal static readonly TransitionGuard Approved = TransitionGuard.Single(
        "quotation-approved",
        "Every approval level the amount requires has approved the current quotation revision.",
        "R8",
        static (state, _) => QuotationDecider.CheckApproved(state));

    /// <summary>R13: an expired quotation cannot be accepted.</summary>
    internal static readonly TransitionGuard NotExpired = TransitionGuard.Single(
        "quotation-not-expired",
        "The quotation's validity date has not ended in the customer's time zone.",
        "R13",
        static (state, context) => QuotationDecider.CheckNotExpired(state, context.Now));

    public void Register(ModuleBuilder m)
    {
        m.Applies<QuotationPrepared>(QuotationDecider.Apply);
        m.Applies<QuotationRevised, Quotation>(s => s.Quotation, QuotationDecider.Apply);
        m.Applies<QuotationApproved, Quotation>(s => s.Quotation, QuotationDecider.Apply);
        m.Applies<QuotationApprovalRejected, Quotation>(s => s.Quotation, QuotationDecider.Apply);
        m.Applies<QuotationAccepted, Quotation>(s => s.Quotation, QuotationDecider.Apply);
        m.Applies<QuotationDeclined, Quotation>(s => s.Quotation, QuotationDecider.Apply);
        Role[] sales = [Role.SalesRepresentative, Role.SalesManager];
        Role[] approvers = [Role.DepartmentHead, Role.GeneralManager, Role.Chairman];
        Role[] customerOrSales = [Role.Customer, Role.SalesRepresentative, Role.SalesManager];

        // R8, optional: without quotation approval every revision requires no level (approved when prepared), the
        // approval commands have no edge and accepting has no approval guard.
        var approval = m.Includes(OptionalStage.QuotationApproval);
        S[] approving = approval ? [S.Quoted] : [];
        TransitionGuard[] acceptGuards = approval ? [Approved, NotExpired] : [NotExpired];
        m.Command<PrepareQuotation>(K.PrepareQuotation).AllowedTo(sales).Permit(S.Reviewed, S.Quoted)
            .Decide(approval ? QuotationDecider.Decide : static (state, c, ctx) => QuotationDecider.Decide(state, c, WithoutApproval(ctx)));
        m.Command<ReviseQuotation>(K.ReviseQuotation).AllowedTo(sales).Permit(S.Quoted, S.Quoted)
            .Decide(s => s.Quotation, approval ? QuotationDecider.Decide : static (state, q, c, ctx) => QuotationDecider.Decide(state, q, c, WithoutApproval(ctx)));
        m.Command<ApproveQuotation>(K.ApproveQuotation).AllowedTo(approvers).AuthorizedUnder("R8").PermitWithin(approving).Decide(s => s.Quotation, QuotationDecider.Decide);
        m.Command<RejectQuotationApproval>(K.RejectQuotationApproval).AllowedTo(approvers).AuthorizedUnder("R8").PermitWithin(approving).Decide(s => s.Quotation, QuotationDecider.Decide);
        m.Command<AcceptQuotation>(K.AcceptQuotation)
            .AllowedTo(customerOrSales)
            .Permit(S.Quoted, S.QuotationAccepted, acceptGuards)
            .Decide(s => s.Quotation, QuotationDecider.Decide);
        m.Command<DeclineQuotation>(K.DeclineQuotation)
            .AllowedTo(customerOrSales)
            .Permit(S.Quoted, S.Lost)
            .Decide(QuotationDecider.Decide);
    }

    // The context's policies with an approval policy that requires no level.
    private static DecisionContext WithoutApproval(DecisionContext ctx) =>
        DecisionContext.Create(ctx.Now, ctx.Actor, ctx.Policies with { Approval = NoApproval.Instance });

    /// <summary>The approval policy of a lifecycle without quotation approval: no level is required.</summary>
    private sealed class NoApproval : IApprovalPolicy
    {
        public static NoApproval Instance { get; } = new();

        public ApprovalRequirement Require(in ApprovalRequest request) => new(default, Explain(request));

        public string Explain(in ApprovalRequest request) =>
            $"{request.Amount} needs no approval: quotation approval is left out of the lifecycle (OptionalStage.QuotationApproval) (R8).";
    }
}
