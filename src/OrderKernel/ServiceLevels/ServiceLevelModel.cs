namespace OrderKernel;

/// <summary>A point in an order's life that service levels measure from or to; recorded by <see cref="OrderDecider.Evolve"/>.</summary>
public enum Milestone
{
    /// <summary>The order was received.</summary>
    Received,

    /// <summary>The order was recorded (entered, R2).</summary>
    Recorded,

    /// <summary>Review started (the order was confirmed for review).</summary>
    ReviewStarted,

    /// <summary>Review passed.</summary>
    ReviewPassed,

    /// <summary>The order became ready for production (deposit received, or a contract without deposit).</summary>
    ReadyForProduction,

    /// <summary>Production was scheduled and released.</summary>
    ProductionReleased,

    /// <summary>The production plan was approved (host-tracked step).</summary>
    PlanApproved,

    /// <summary>Production was completed.</summary>
    ProductionCompleted,

    /// <summary>A final inspection was recorded, passed or failed.</summary>
    InspectionRecorded,

    /// <summary>The goods passed final inspection.</summary>
    InspectionPassed,

    /// <summary>The goods were packed (host-tracked step).</summary>
    Packed,

    /// <summary>The shipment release was signed.</summary>
    ShipmentReleased,

    /// <summary>The goods were shipped.</summary>
    Shipped,

    /// <summary>The customer was informed of the shipment (host-tracked step).</summary>
    CustomerInformed,

    /// <summary>The customer confirmed receipt.</summary>
    Delivered,

    /// <summary>The order was completed.</summary>
    Completed,
}
