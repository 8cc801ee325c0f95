namespace OrderKernel;

/// <summary>The review round's sub-machine (R5–R6): the stages and outcomes a <see cref="CommandKind.SignReview"/> can move it through.</summary>
public static class ReviewLifecycle
{
    /// <summary>Gets the review sub-machine definition.</summary>
    public static StateMachineDefinition<ReviewOutcome, CommandKind> Definition { get; } = StateMachineDefinition<ReviewOutcome, CommandKind>.Create(
        "review",
        ReviewOutcome.InitialPending,
        [
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.InitialPending, CommandKind.SignReview, ReviewOutcome.InitialPending),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.InitialPending, CommandKind.SignReview, ReviewOutcome.DetailPending),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.InitialPending, CommandKind.SignReview, ReviewOutcome.Passed),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.InitialPending, CommandKind.SignReview, ReviewOutcome.Rejected),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.DetailPending, CommandKind.SignReview, ReviewOutcome.DetailPending),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.DetailPending, CommandKind.SignReview, ReviewOutcome.Passed),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.DetailPending, CommandKind.SignReview, ReviewOutcome.Rejected),
        ],
        []);
}

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

/// <summary>The change request's sub-machine (R33): submitted, assessed, approved or rejected, applied; withdrawn while open.</summary>
public static class ChangeRequestLifecycle
{
    /// <summary>Gets the change request sub-machine definition.</summary>
    public static StateMachineDefinition<ChangeStatus, CommandKind> Definition { get; } = Build();

    private static StateMachineDefinition<ChangeStatus, CommandKind> Build()
    {
        static Transition<ChangeStatus, CommandKind> E(ChangeStatus from, CommandKind kind, ChangeStatus to) =>
            StateMachineDefinition<ChangeStatus, CommandKind>.Edge(from, kind, to);
        const ChangeStatus Submitted = ChangeStatus.Submitted;
        const ChangeStatus Assessing = ChangeStatus.UnderAssessment;
        const ChangeStatus Approved = ChangeStatus.Approved;
        const ChangeStatus Rejected = ChangeStatus.Rejected;
        return StateMachineDefinition<ChangeStatus, CommandKind>.Create(
            "change-request",
            Submitted,
            [
                E(Submitted, CommandKind.AssessChangeRequest, Assessing),
                E(Submitted, CommandKind.AssessChangeRequest, Approved),
                E(Assessing, CommandKind.AssessChangeRequest, Assessing),
                E(Assessing, CommandKind.AssessChangeRequest, Approved),
                E(Assessing, CommandKind.ApproveChangeRequest, Assessing),
                E(Assessing, CommandKind.ApproveChangeRequest, Approved),
                E(Assessing, CommandKind.RecordChangeTest, Assessing),
                E(Assessing, CommandKind.RecordChangeTest, Approved),
                E(Assessing, CommandKind.RecordChangeTest, Rejected),
                E(Assessing, CommandKind.ConfirmChangeByCustomer, Assessing),
                E(Assessing, CommandKind.ConfirmChangeByCustomer, Approved),
                E(Submitted, CommandKind.RejectChangeRequest, Rejected),
                E(Assessing, CommandKind.RejectChangeRequest, Rejected),
                E(Submitted, CommandKind.WithdrawChangeRequest, ChangeStatus.Withdrawn),
                E(Assessing, CommandKind.WithdrawChangeRequest, ChangeStatus.Withdrawn),
                E(Approved, CommandKind.WithdrawChangeRequest, ChangeStatus.Withdrawn),
                E(Approved, CommandKind.ApplyChangeRequest, ChangeStatus.Applied),
            ],
            []);
    }
}

/// <summary>An installment's payment sub-machine (R17, R19): payments move it from open to partly paid to paid.</summary>
public static class InstallmentLifecycle
{
    /// <summary>Gets the installment sub-machine definition.</summary>
    public static StateMachineDefinition<InstallmentStatus, CommandKind> Definition { get; } = StateMachineDefinition<InstallmentStatus, CommandKind>.Create(
        "installment",
        InstallmentStatus.Open,
        [
            StateMachineDefinition<InstallmentStatus, CommandKind>.Edge(InstallmentStatus.Open, CommandKind.ConfirmPayment, InstallmentStatus.Open),
            StateMachineDefinition<InstallmentStatus, CommandKind>.Edge(InstallmentStatus.Open, CommandKind.ConfirmPayment, InstallmentStatus.PartlyPaid),
            StateMachineDefinition<InstallmentStatus, CommandKind>.Edge(InstallmentStatus.Open, CommandKind.ConfirmPayment, InstallmentStatus.Paid),
            StateMachineDefinition<InstallmentStatus, CommandKind>.Edge(InstallmentStatus.PartlyPaid, CommandKind.ConfirmPayment, InstallmentStatus.PartlyPaid),
            StateMachineDefinition<InstallmentStatus, CommandKind>.Edge(InstallmentStatus.PartlyPaid, CommandKind.ConfirmPayment, InstallmentStatus.Paid),
            StateMachineDefinition<InstallmentStatus, CommandKind>.Edge(InstallmentStatus.Paid, CommandKind.ConfirmPayment, InstallmentStatus.Paid),
        ],
        []);
}
