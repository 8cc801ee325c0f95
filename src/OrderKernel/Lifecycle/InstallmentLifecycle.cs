namespace OrderKernel;

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
