namespace OrderKernel;

/// <summary>The kind of every command: the triggers of the order lifecycle machine.</summary>
public enum CommandKind
{
    /// <summary>Receive an order through a channel (R1).</summary>
    ReceiveOrder,

    /// <summary>Send an incomplete order back to the customer (R3).</summary>
    ReturnForCompletion,

    /// <summary>Enter the customer's completions of a returned order (R3).</summary>
    CompleteOrderDetails,

    /// <summary>Record the order and assign its number (R2).</summary>
    RecordOrder,

    /// <summary>Submit the order for contract review (R5–R6, R10).</summary>
    SubmitForReview,

    /// <summary>A department signs its review, approving or rejecting (R5–R7).</summary>
    SignReview,

    /// <summary>Revise a rejected order for a new review round.</summary>
    ReviseOrder,

    /// <summary>Prepare the quotation (R12–R13).</summary>
    PrepareQuotation,

    /// <summary>Issue a new revision of the quotation (R13).</summary>
    ReviseQuotation,

    /// <summary>Approve the quotation at one approval level (R8).</summary>
    ApproveQuotation,

    /// <summary>Reject the quotation at one approval level (R8).</summary>
    RejectQuotationApproval,

    /// <summary>The customer accepts the quotation.</summary>
    AcceptQuotation,

    /// <summary>The customer declines the quotation: the order is lost.</summary>
    DeclineQuotation,

    /// <summary>Sign and number the contract (R15–R16).</summary>
    SignContract,

    /// <summary>Finance confirms a payment (R19).</summary>
    ConfirmPayment,

    /// <summary>Send sample units to the customer (R14).</summary>
    SendSample,

    /// <summary>The customer approves a sample (R14).</summary>
    ApproveSample,

    /// <summary>The customer rejects a sample (R14).</summary>
    RejectSample,

    /// <summary>Release the order to production (R21–R22).</summary>
    ReleaseToProduction,

    /// <summary>Report daily progress (R24).</summary>
    ReportProgress,

    /// <summary>Report a production exception (R25).</summary>
    ReportProductionException,

    /// <summary>Complete production.</summary>
    CompleteProduction,

    /// <summary>Record the final inspection (R27–R29).</summary>
    RecordInspection,

    /// <summary>Sign the shipment release (R30).</summary>
    ReleaseForShipment,

    /// <summary>Approve an exception to the shipment release rule (R17).</summary>
    ApproveShipmentException,

    /// <summary>Register a letter of credit (R18).</summary>
    RegisterLetterOfCredit,

    /// <summary>Dispatch the goods (R31).</summary>
    Ship,

    /// <summary>Confirm delivery to the customer.</summary>
    ConfirmDelivery,

    /// <summary>Complete the order (R42).</summary>
    CompleteOrder,

    /// <summary>Report a host-tracked step done: plan approved, packed, customer informed (R38).</summary>
    CompleteStep,

    /// <summary>Record an excusable delay (customer-caused, force majeure, approved change).</summary>
    RecordExcusableDelay,

    /// <summary>Assess the delay penalty (R39–R40).</summary>
    AssessDelayPenalty,

    /// <summary>Record a refund (R43).</summary>
    RecordRefund,

    /// <summary>Record a return or exchange (R45).</summary>
    RecordReturn,

    /// <summary>Submit a change request (R33).</summary>
    SubmitChangeRequest,

    /// <summary>Assess a change request: its preview and the approvals it needs.</summary>
    AssessChangeRequest,

    /// <summary>Approve a change request (R33–R34).</summary>
    ApproveChangeRequest,

    /// <summary>Reject a change request.</summary>
    RejectChangeRequest,

    /// <summary>Withdraw a change request.</summary>
    WithdrawChangeRequest,

    /// <summary>Record the technical test of a hardware or software change (R35).</summary>
    RecordChangeTest,

    /// <summary>The customer confirms a tested change (R35).</summary>
    ConfirmChangeByCustomer,

    /// <summary>Apply an approved change (R33, R37).</summary>
    ApplyChangeRequest,

    /// <summary>Place a hold.</summary>
    PlaceHold,

    /// <summary>Release the hold.</summary>
    ReleaseHold,

    /// <summary>Cancel the order with a reason (R36).</summary>
    CancelOrder,

    /// <summary>Close and archive the order (R16, R43).</summary>
    CloseOrder,

    /// <summary>Attach a document to the order file (R46).</summary>
    AttachDocument,

    /// <summary>Register a customer complaint (R45).</summary>
    RegisterComplaint,

    /// <summary>Resolve a complaint by repair, replacement or refund (R45).</summary>
    ResolveComplaint,

    /// <summary>Open an exchange (R45).</summary>
    OpenExchange,

    /// <summary>Ship an exchange's replacement (R45).</summary>
    ShipReplacement,

    /// <summary>The department head checks the signed contract (R15).</summary>
    CheckContract,

    /// <summary>Stamp the contract and return it to the customer (R15).</summary>
    StampContract,

    /// <summary>The customer countersigns the contract: it comes into force (R15).</summary>
    CountersignContract,

    /// <summary>Issue a numbered invoice for the order or one delivery (R43).</summary>
    IssueInvoice,

    /// <summary>Issue a numbered credit note against an invoice (R43).</summary>
    IssueCreditNote,

    /// <summary>Register an accepted bank acceptance bill against an installment (R18).</summary>
    RegisterBankAcceptanceBill,

    /// <summary>Record a bank acceptance bill honoured or dishonoured at maturity (R18).</summary>
    SettleBankAcceptanceBill,

    /// <summary>Record a host milestone reached, e.g. materials ready (R26).</summary>
    ReachMilestone,

    /// <summary>Give a host milestone's planned instant, e.g. the finishing step's planned start (R26).</summary>
    PlanMilestone,
}
