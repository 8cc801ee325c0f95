using NodaTime;

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

/// <summary>Whether a time limit counts working time on the business calendar or elapsed time.</summary>
public enum TimeBasis
{
    /// <summary>Working time on the business calendar.</summary>
    Working,

    /// <summary>Elapsed (wall-clock) time.</summary>
    Elapsed,
}

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

/// <summary>A milestone and when it was reached.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="At">When.</param>
public sealed record MilestoneReached(Milestone Milestone, Instant At);

/// <summary>One time limit: a step runs from one milestone to another and must take at most <see cref="Limit"/> (R38).</summary>
/// <param name="Step">The step.</param>
/// <param name="From">The milestone that starts it.</param>
/// <param name="To">The milestone that ends it.</param>
/// <param name="Limit">The time limit.</param>
/// <param name="Basis">Working or elapsed time.</param>
public sealed record ServiceLevel(ServiceStep Step, Milestone From, Milestone To, Duration Limit, TimeBasis Basis);

/// <summary>A step's deadline: when it started, when it is due (after excused time), and when it was done, if it was.</summary>
/// <param name="Level">The time limit.</param>
/// <param name="StartedAt">When the step started.</param>
/// <param name="DueAt">When it is due, excused time added.</param>
/// <param name="CompletedAt">When it was done, or <see langword="null"/> while open.</param>
/// <param name="Excused">The time that did not count (customer-reason holds, excusable delays), in the level's basis.</param>
public sealed record Deadline(ServiceLevel Level, Instant StartedAt, Instant DueAt, Instant? CompletedAt, Duration Excused);

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

/// <summary>A step's standing at an instant: overdue by how much, or how much time remains.</summary>
/// <param name="Deadline">The deadline.</param>
/// <param name="State">The standing.</param>
/// <param name="Used">The counted time used so far, or in all when done (in the level's basis, excused time removed).</param>
/// <param name="Overdue">How late (in the level's basis); zero unless late or overdue.</param>
/// <param name="Remaining">How much time remains (in the level's basis); zero unless open and not overdue.</param>
public sealed record DeadlineCheck(Deadline Deadline, DeadlineState State, Duration Used, Duration Overdue, Duration Remaining);

/// <summary>A host-tracked step was reported done: the plan approved, the goods packed, the customer informed (R38).</summary>
/// <param name="Step">The step.</param>
/// <param name="Note">A note.</param>
public sealed record CompleteStep(TrackedStep Step, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CompleteStep;

    internal override void CheckInput(InputCheck c) => c.Defined("step", Step).OptionalText("note", Note);
}

/// <summary>A host-tracked step was done.</summary>
/// <param name="Step">The step.</param>
/// <param name="Note">The note.</param>
public sealed record StepCompleted(TrackedStep Step, string Note) : OrderEvent;

/// <summary>A step was completed after its time limit (R38, R40): hosts drive escalations and evaluation from it (R41).</summary>
/// <param name="Step">The step.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="CompletedAt">When it was done.</param>
/// <param name="Overdue">How late, in the level's basis.</param>
/// <param name="Limit">The limit.</param>
/// <param name="Basis">Working or elapsed time.</param>
public sealed record ServiceLevelBreached(ServiceStep Step, Instant StartedAt, Instant DueAt, Instant CompletedAt, Duration Overdue, Duration Limit, TimeBasis Basis) : OrderEvent;

/// <summary>A breach recorded in the order.</summary>
/// <param name="Step">The step.</param>
/// <param name="DueAt">When it was due.</param>
/// <param name="CompletedAt">When it was done.</param>
/// <param name="Overdue">How late.</param>
public sealed record ServiceLevelBreach(ServiceStep Step, Instant DueAt, Instant CompletedAt, Duration Overdue);
