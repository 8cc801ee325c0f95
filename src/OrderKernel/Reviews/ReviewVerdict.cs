namespace OrderKernel;

/// <summary>A department's verdict.</summary>
public enum ReviewVerdict
{
    /// <summary>Approve.</summary>
    Approve,

    /// <summary>Reject.</summary>
    Reject,
}
