namespace OrderKernel.Kernel;

/// <summary>What a module's decide function returns: events to apply, or violations.</summary>
internal readonly struct Outcome
{
    private Outcome(ValueList<OrderEvent> events, ValueList<Violation> violations)
    {
        Events = events;
        Violations = violations;
    }

    public ValueList<OrderEvent> Events { get; }

    public ValueList<Violation> Violations { get; }

    public bool IsRejected => !Violations.IsEmpty;

    // Most decisions emit one event: its list is a one-item array, filled without the span copy's bulk move.
    public static Outcome Emit(OrderEvent single) => new(ValueList<OrderEvent>.Own([single]), default);

    public static Outcome Emit(params System.ReadOnlySpan<OrderEvent> events) => new(ValueList<OrderEvent>.Of(events), default);

    public static Outcome Reject(Violation violation) => new(default, ValueList<Violation>.Own([violation]));

    public static Outcome Reject(ValueList<Violation> violations) => new(default, violations);

    public static Outcome Reject(string code, string message, string rule) => Reject(Violation.Of(code, message, rule));
}
