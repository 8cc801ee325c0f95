using System.Collections.Generic;
using NodaTime;
using OneOf;

namespace OrderKernel.Testing;

/// <summary>What one step of a run did: the state before, the command, who issued it and when, the decision, the state after and the history so far.</summary>
/// <param name="Before">The state the command was decided against.</param>
/// <param name="Command">The command.</param>
/// <param name="Actor">Who issued it.</param>
/// <param name="At">The decision's instant.</param>
/// <param name="Result">The decision.</param>
/// <param name="After">The driver's state after the decision.</param>
/// <param name="History">All events accepted so far, in order.</param>
/// <param name="Settings">The lifecycle and policies of the run, for <see cref="OrderInvariants"/>.</param>
public sealed record SequenceOutcome(
    Order? Before,
    OrderCommand Command,
    Actor Actor,
    Instant At,
    OneOf<Accepted, Rejected> Result,
    Order? After,
    IReadOnlyList<OrderEvent> History,
    InvariantSettings Settings);
