namespace OrderKernel.Policies;

/// <summary>The priority policy's answer (R4): the priority and the reasons that decided it, one per fact weighed.</summary>
/// <param name="Priority">The priority.</param>
/// <param name="Reasons">Why: urgency, amount and importance, each with its numbers.</param>
public sealed record PriorityClassification(Priority Priority, ValueList<string> Reasons);
