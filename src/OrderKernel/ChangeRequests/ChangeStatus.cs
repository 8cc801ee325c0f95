namespace OrderKernel;

/// <summary>The state of a change request: the change-request sub-machine's states (see <see cref="ChangeRequestLifecycle"/>).</summary>
public enum ChangeStatus
{
    /// <summary>Submitted, not yet assessed.</summary>
    Submitted,

    /// <summary>Assessed: the preview and the approvals it needs are known.</summary>
    UnderAssessment,

    /// <summary>Every required approval, test and confirmation is in.</summary>
    Approved,

    /// <summary>Rejected.</summary>
    Rejected,

    /// <summary>Applied to the order (a new revision).</summary>
    Applied,

    /// <summary>Withdrawn by the requester.</summary>
    Withdrawn,
}
