namespace OrderKernel;

/// <summary>The steps of the seed's time-limit table (R38).</summary>
public enum ServiceStep
{
    /// <summary>Entered within 1 h of receipt.</summary>
    Entered,

    /// <summary>Confirmed within 3 h.</summary>
    Confirmed,

    /// <summary>Reviewed within 2 h.</summary>
    Reviewed,

    /// <summary>Production scheduled within 1 h of approval.</summary>
    ProductionScheduled,

    /// <summary>Plan approved within 3 h.</summary>
    PlanApproved,

    /// <summary>Inspected within 1 h of completion.</summary>
    Inspected,

    /// <summary>Packed within 2 h of passing.</summary>
    Packed,

    /// <summary>Shipped within 3 h.</summary>
    Shipped,

    /// <summary>Customer informed within 24 h of shipment.</summary>
    CustomerInformed,

    /// <summary>A progress report within the cadence after the previous one (or the release) while in production (R24).</summary>
    ProgressReported,
}
