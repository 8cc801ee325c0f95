using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>
/// A stage of the order's lifecycle that an embedder may leave out with <see cref="OrderKernelOptions.Without"/>; the
/// configured lifecycle (and so its diagrams) then lacks the stage's commands, guards and states.
/// </summary>
public enum OptionalStage
{
    /// <summary>
    /// The sample round (R14): no <c>SendSample</c>, <c>ApproveSample</c> or <c>RejectSample</c>, and release to
    /// production has no <c>sample-approved-if-required</c> guard.
    /// </summary>
    SampleRound,

    /// <summary>
    /// Quotation approval (R8): every quotation revision is approved when prepared (it requires no level), so there is no
    /// <c>ApproveQuotation</c> or <c>RejectQuotationApproval</c>, and accepting has no <c>quotation-approved</c> guard. To
    /// leave it out only for small orders, keep the stage and give an <see cref="IApprovalPolicy"/> that requires
    /// no level below an amount.
    /// </summary>
    QuotationApproval,

    /// <summary>
    /// The final inspection (R27): <c>CompleteProduction</c> leads from <c>InProduction</c> to <c>Inspected</c>, recording
    /// the inspection as waived (an <c>InspectionPassed</c> with sample size 0 and a note) in the same decision; there is
    /// no <c>RecordInspection</c> and no <c>ProductionCompleted</c> status.
    /// </summary>
    FinalInspection,

    /// <summary>
    /// The contract's signature round (R15): the department head's check (<c>CheckContract</c>), the stamp and return to
    /// the customer (<c>StampContract</c>) and the customer's countersignature (<c>CountersignContract</c>). Without it
    /// (a host that signs electronically) <c>SignContract</c> puts the contract in force in the same decision
    /// (<c>ContractSigned</c>, then <c>ContractInForce</c>) and leads to <c>AwaitingDeposit</c> or <c>ReadyForProduction</c>.
    /// </summary>
    ContractSignatureRound,
}
