namespace OrderKernel;

/// <summary>A steps the kernel has no command for, which the host reports done (<see cref="CompleteStep"/>).</summary>
public enum TrackedStep
{
    /// <summary>The production plan was approved (in production).</summary>
    PlanApproved,

    /// <summary>The goods were packed (after inspection).</summary>
    Packed,

    /// <summary>The customer was informed of the shipment.</summary>
    CustomerInformed,
}
