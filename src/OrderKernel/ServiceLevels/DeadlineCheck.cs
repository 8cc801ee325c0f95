using NodaTime;

namespace OrderKernel;

/// <summary>A step's standing at an instant: overdue by how much, or how much time remains.</summary>
/// <param name="Deadline">The deadline.</param>
/// <param name="State">The standing.</param>
/// <param name="Used">The counted time used so far, or in all when done (in the level's basis, excused time removed).</param>
/// <param name="Overdue">How late (in the level's basis); zero unless late or overdue.</param>
/// <param name="Remaining">How much time remains (in the level's basis); zero unless open and not overdue.</param>
public sealed record DeadlineCheck(Deadline Deadline, DeadlineState State, Duration Used, Duration Overdue, Duration Remaining);
