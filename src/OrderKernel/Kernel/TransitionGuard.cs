using System;
using Ardalis.GuardClauses;

namespace OrderKernel.Kernel;

/// <summary>
/// A named guard of a transition with what it checks and how (as Stateless keeps a guard at its edge): the name and
/// description are drawn in the lifecycle's diagrams, the evaluation runs in <c>Decide</c> before the area's decision.
/// </summary>
internal sealed class TransitionGuard
{
    private readonly Func<Order, DecisionContext, ValueList<Violation>> _evaluate;

    private TransitionGuard(string name, string description, string rule, Func<Order, DecisionContext, ValueList<Violation>> evaluate)
    {
        Name = name;
        Description = description;
        Rule = rule;
        _evaluate = evaluate;
    }

    /// <summary>Gets the guard's name, unique in a registry.</summary>
    public string Name { get; }

    /// <summary>Gets what the guard checks, in a sentence.</summary>
    public string Description { get; }

    /// <summary>Gets the rule the guard enforces (e.g. R30).</summary>
    public string Rule { get; }

    /// <summary>Creates a guard whose evaluation may report several violations.</summary>
    public static TransitionGuard Of(string name, string description, string rule, Func<Order, DecisionContext, ValueList<Violation>> evaluate)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(description);
        Guard.Against.NullOrWhiteSpace(rule);
        Guard.Against.Null(evaluate);
        return new TransitionGuard(name, description, rule, evaluate);
    }

    /// <summary>Creates a guard whose evaluation reports at most one violation.</summary>
    public static TransitionGuard Single(string name, string description, string rule, Func<Order, DecisionContext, Violation?> evaluate)
    {
        Guard.Against.Null(evaluate);
        return Of(name, description, rule, (state, context) => evaluate(state, context) is { } v ? ValueList<Violation>.Of(v) : default);
    }

    /// <summary>Evaluates the guard.</summary>
    /// <returns>The violations; empty when the guard holds.</returns>
    public ValueList<Violation> Evaluate(Order state, DecisionContext context) => _evaluate(state, context);

    /// <summary>Gets the guard's public description for the lifecycle definition.</summary>
    public GuardDescription Describe() => GuardDescription.Create(Name, Description, Rule);
}
