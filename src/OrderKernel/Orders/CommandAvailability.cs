namespace OrderKernel;

/// <summary>Whether a command kind may be issued now, and if not, why: what a user interface needs for its buttons.</summary>
public sealed record CommandAvailability
{
    internal CommandAvailability(CommandKind kind, ValueList<Violation> reasons)
    {
        Kind = kind;
        Reasons = reasons;
    }

    /// <summary>Gets the command kind.</summary>
    public CommandKind Kind { get; }

    /// <summary>Gets a value indicating whether the command may be issued (its payload is still checked when decided).</summary>
    public bool IsPermitted => Reasons.IsEmpty;

    /// <summary>Gets why it may not be issued; empty when permitted.</summary>
    public ValueList<Violation> Reasons { get; }
}
