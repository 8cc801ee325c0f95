namespace OrderKernel;

/// <summary>The quotation revision's sub-machine (R8, R12–R13).</summary>
public static class QuotationLifecycle
{
    /// <summary>Gets the quotation sub-machine definition.</summary>
    public static StateMachineDefinition<QuotationStatus, CommandKind> Definition { get; } = StateMachineDefinition<QuotationStatus, CommandKind>.Create(
        "quotation",
        QuotationStatus.PendingApproval,
        [
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.PendingApproval, CommandKind.ApproveQuotation, QuotationStatus.PendingApproval),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.PendingApproval, CommandKind.ApproveQuotation, QuotationStatus.Approved),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.PendingApproval, CommandKind.RejectQuotationApproval, QuotationStatus.ApprovalRejected),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.PendingApproval, CommandKind.ReviseQuotation, QuotationStatus.Superseded),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.Approved, CommandKind.ReviseQuotation, QuotationStatus.Superseded),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.ApprovalRejected, CommandKind.ReviseQuotation, QuotationStatus.Superseded),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.Approved, CommandKind.AcceptQuotation, QuotationStatus.Accepted),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.PendingApproval, CommandKind.DeclineQuotation, QuotationStatus.Declined),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.Approved, CommandKind.DeclineQuotation, QuotationStatus.Declined),
            StateMachineDefinition<QuotationStatus, CommandKind>.Edge(QuotationStatus.ApprovalRejected, CommandKind.DeclineQuotation, QuotationStatus.Declined),
        ],
        []);
}
