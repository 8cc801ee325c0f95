namespace OrderKernel;

/// <summary>Why an order is on hold.</summary>
public enum HoldCode
{
    /// <summary>The customer's credit.</summary>
    Credit,

    /// <summary>A quality problem.</summary>
    Quality,

    /// <summary>The customer asked to wait.</summary>
    CustomerRequest,

    /// <summary>A change is pending (R35).</summary>
    ChangePending,

    /// <summary>Another reason, given in the hold's text.</summary>
    Custom,
}
