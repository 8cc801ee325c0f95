namespace OrderKernel;

/// <summary>How a step stands against its deadline.</summary>
public enum DeadlineState
{
    /// <summary>Done within its limit.</summary>
    MetOnTime,

    /// <summary>Done, but late.</summary>
    CompletedLate,

    /// <summary>Open and already overdue.</summary>
    Overdue,

    /// <summary>Open and due within the warning window.</summary>
    AtRisk,

    /// <summary>Open and not yet near its deadline.</summary>
    Running,
}
