namespace OrderKernel;

/// <summary>Whether a command kind may be issued now, and if not, why: what a user interface needs for its buttons.</summary>
/// <remarks>
/// When the lifecycle does not allow the kind from the current status, but one step the lifecycle does allow now would
/// lead to a status that allows it, and every such step is refused, the entry names that step as its
/// <see cref="Prerequisite"/> and its reasons start with the step's refusal (its own codes, rules and messages), followed by
/// the lifecycle reason: while an order is Inspected with an unpaid balance, Ship's first reason is the balance that
/// refuses <see cref="CommandKind.ReleaseForShipment"/>. A user interface can show
/// "Needs <see cref="Prerequisite"/> first: <c>Reasons[0].Message</c>" as one sentence.
/// </remarks>
public sealed record CommandAvailability
{
    internal CommandAvailability(CommandKind kind, ValueList<Violation> reasons, CommandKind? prerequisite)
    {
        Kind = kind;
        Reasons = reasons;
        Prerequisite = prerequisite;
    }

    /// <summary>Gets the command kind.</summary>
    public CommandKind Kind { get; }

    /// <summary>Gets a value indicating whether the command may be issued (its payload is still checked when decided).</summary>
    public bool IsPermitted => Reasons.IsEmpty;

    /// <summary>Gets why it may not be issued; empty when permitted.</summary>
    /// <remarks>
    /// In order: the actor's authorization refusal; then either the hold or the guards that refuse the transition, or,
    /// when the lifecycle does not allow the kind from the current status, the refusal of its <see cref="Prerequisite"/>
    /// (when there is one) followed by the lifecycle reason.
    /// </remarks>
    public ValueList<Violation> Reasons { get; }

    /// <summary>
    /// Gets the kind that must be decided first and is refused now, explaining why this kind stays unavailable; otherwise
    /// <see langword="null"/>.
    /// </summary>
    /// <remarks>
    /// Set only when the actor is authorized for <see cref="Kind"/>, the lifecycle does not allow <see cref="Kind"/> from
    /// the current status, some kinds the lifecycle allows now lead in one step to a status that allows it, and every one of
    /// them is refused by the state (a hold or a guard; whether this actor may issue the step is not asked, as another
    /// user may). It is the first of them in <see cref="CommandKind"/> order, and <see cref="Reasons"/> starts with exactly
    /// the reasons it is refused with (its entry's reasons without an authorization refusal).
    /// </remarks>
    public CommandKind? Prerequisite { get; }
}
