namespace OrderKernel;

/// <summary>The state of a quotation revision: the quotation sub-machine's states (see <see cref="QuotationLifecycle"/>).</summary>
public enum QuotationStatus
{
    /// <summary>Waiting for the approval levels the amount requires (R8).</summary>
    PendingApproval,

    /// <summary>Every required level approved; it may be accepted.</summary>
    Approved,

    /// <summary>A level rejected it; a new revision is needed.</summary>
    ApprovalRejected,

    /// <summary>The customer accepted it: its terms fix the contract.</summary>
    Accepted,

    /// <summary>The customer declined it.</summary>
    Declined,

    /// <summary>A newer revision replaced it (kept in the history).</summary>
    Superseded,
}
