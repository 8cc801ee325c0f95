namespace OrderKernel;

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
