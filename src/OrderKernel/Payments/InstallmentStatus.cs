namespace OrderKernel;

/// <summary>An installment's payment state (see <see cref="InstallmentLifecycle"/>).</summary>
public enum InstallmentStatus
{
    /// <summary>Nothing paid.</summary>
    Open,

    /// <summary>Partly paid.</summary>
    PartlyPaid,

    /// <summary>Paid in full.</summary>
    Paid,
}
