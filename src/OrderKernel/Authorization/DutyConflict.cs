namespace OrderKernel.Policies;

/// <summary>
/// Two duties one person may not both hold on the same item, in either order. The same duty twice means: where an item
/// needs that duty more than once (the approval levels of a quotation, the departments of a review round, the approvals
/// of a change), each is held by a different person.
/// </summary>
/// <param name="First">One duty.</param>
/// <param name="Second">The other duty; both must be duties on the same kind of item (see <see cref="Duty"/>).</param>
public sealed record DutyConflict(Duty First, Duty Second);
