namespace OrderKernel;

/// <summary>Why a delay is excusable: it does not count against time limits or for delay penalties.</summary>
public enum ExcusableCause
{
    /// <summary>Caused by the customer (late approvals, late information, requested postponement).</summary>
    CustomerCaused,

    /// <summary>Force majeure.</summary>
    ForceMajeure,

    /// <summary>An approved change that extends the time (extension of time).</summary>
    ApprovedChange,
}
