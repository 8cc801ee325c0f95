namespace OrderKernel;

/// <summary>The order's life stage: the states of the order lifecycle machine (see <see cref="OrderLifecycle"/>).</summary>
public enum OrderStatus
{
    /// <summary>No order yet: the state before <c>ReceiveOrder</c> (a <see langword="null"/> order).</summary>
    Draft,

    /// <summary>Received through a channel (R1), not yet recorded.</summary>
    Received,

    /// <summary>Sent back to the customer to be completed (R3).</summary>
    AwaitingCompletion,

    /// <summary>Recorded with its order number (R2).</summary>
    Recorded,

    /// <summary>Under contract review (R5–R7).</summary>
    UnderReview,

    /// <summary>The review rejected it; a revised order may start a new round.</summary>
    ReviewRejected,

    /// <summary>The review passed; main materials are reserved (R11).</summary>
    Reviewed,

    /// <summary>A quotation is out (R12–R13).</summary>
    Quoted,

    /// <summary>The customer accepted the quotation: its terms fix the contract.</summary>
    QuotationAccepted,

    /// <summary>The customer declined the quotation: the order is lost.</summary>
    Lost,

    /// <summary>The sales manager signed and numbered the contract (R16); the department head checks it (R15).</summary>
    ContractAwaitingCheck,

    /// <summary>The department head checked the contract; it is to be stamped and returned to the customer (R15).</summary>
    ContractChecked,

    /// <summary>The contract was stamped and returned to the customer; it takes effect when the customer countersigns (R15).</summary>
    ContractAwaitingCountersignature,

    /// <summary>The contract is in force (R15); the deposit is awaited.</summary>
    AwaitingDeposit,

    /// <summary>The deposit is received (R19); the specification sheet may be released (R21).</summary>
    ReadyForProduction,

    /// <summary>In production (R22–R25).</summary>
    InProduction,

    /// <summary>Produced, awaiting final inspection (R27).</summary>
    ProductionCompleted,

    /// <summary>Passed final inspection; awaiting the shipment release (R30).</summary>
    Inspected,

    /// <summary>The shipment release is signed (R30).</summary>
    ReleasedForShipment,

    /// <summary>Dispatched with carrier and documents recorded (R31).</summary>
    Shipped,

    /// <summary>The customer confirmed receipt.</summary>
    Delivered,

    /// <summary>Complete (R42): produced, inspected, shipped and delivered.</summary>
    Completed,

    /// <summary>Cancelled with a reason (R36).</summary>
    Cancelled,

    /// <summary>Closed and archived: nothing more happens.</summary>
    Closed,
}
