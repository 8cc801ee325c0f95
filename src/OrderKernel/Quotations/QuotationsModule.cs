using System;
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
        m.Applies<QuotationRevised>(QuotationDecider.Apply);
        m.Applies<QuotationApproved>(QuotationDecider.Apply);
        m.Applies<QuotationApprovalRejected>(QuotationDecider.Apply);
        m.Applies<QuotationAccepted>(QuotationDecider.Apply);
        m.Applies<QuotationDeclined>(QuotationDecider.Apply);
        Role[] sales = [Role.SalesRepresentative, Role.SalesManager];
        Role[] approvers = [Role.DepartmentHead, Role.GeneralManager, Role.Chairman];
        Role[] customerOrSales = [Role.Customer, Role.SalesRepresentative, Role.SalesManager];

        // R8, optional: without quotation approval every revision requires no level (approved when prepared), the
        // approval commands have no edge and accepting has no approval guard.
        var approval = m.Includes(OptionalStage.QuotationApproval);
        S[] approving = approval ? [S.Quoted] : [];
        TransitionGuard[] acceptGuards = approval ? [Approved, NotExpired] : [NotExpired];
        m.Command<PrepareQuotation>(K.PrepareQuotation).AllowedTo(sales).Permit(S.Reviewed, S.Quoted).Decide(approval ? QuotationDecider.Decide : WithoutApproval<PrepareQuotation>(QuotationDecider.Decide));
        m.Command<ReviseQuotation>(K.ReviseQuotation).AllowedTo(sales).Permit(S.Quoted, S.Quoted).Decide(approval ? QuotationDecider.Decide : WithoutApproval<ReviseQuotation>(QuotationDecider.Decide));
        m.Command<ApproveQuotation>(K.ApproveQuotation).AllowedTo(approvers).AuthorizedUnder("R8").PermitWithin(approving).Decide(QuotationDecider.Decide);
        m.Command<RejectQuotationApproval>(K.RejectQuotationApproval).AllowedTo(approvers).AuthorizedUnder("R8").PermitWithin(approving).Decide(QuotationDecider.Decide);
        m.Command<AcceptQuotation>(K.AcceptQuotation)
            .AllowedTo(customerOrSales)
            .Permit(S.Quoted, S.QuotationAccepted, acceptGuards)
            .Decide(QuotationDecider.Decide);
        m.Command<DeclineQuotation>(K.DeclineQuotation)
            .AllowedTo(customerOrSales)
            .Permit(S.Quoted, S.Lost)
            .Decide(QuotationDecider.Decide);
    }

    // Quotes under the context's policies with an approval policy that requires no level.
    private static Func<Order, TCommand, DecisionContext, Outcome> WithoutApproval<TCommand>(Func<Order, TCommand, DecisionContext, Outcome> decide) =>
        (state, c, ctx) => decide(state, c, DecisionContext.Create(ctx.Now, ctx.Actor, ctx.Policies with { Approval = NoApproval.Instance }));

    /// <summary>The approval policy of a lifecycle without quotation approval: no level is required.</summary>
    private sealed class NoApproval : IApprovalPolicy
    {
        public static NoApproval Instance { get; } = new();

        public ApprovalRequirement Require(in ApprovalRequest request) => new(default, Explain(request));

        public string Explain(in ApprovalRequest request) =>
            $"{request.Amount} needs no approval: quotation approval is left out of the lifecycle (OptionalStage.QuotationApproval) (R8).";
    }
}
