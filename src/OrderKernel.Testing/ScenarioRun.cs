using System.Collections.Generic;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel.Testing;

/// <summary>Where an <see cref="OrderScenario"/> left its order: the state, the events, and the context the decisions used.</summary>
public sealed class ScenarioRun
{
    internal ScenarioRun(OrderScenario scenario, OrderDriver driver)
    {
        Scenario = scenario;
        Driver = driver;
        State = driver.Current;
        Events = [.. driver.Events];
        Now = driver.Now;
    }

    /// <summary>Gets the scenario that ran.</summary>
    public OrderScenario Scenario { get; }

    /// <summary>Gets the state reached.</summary>
    public Order State { get; }

    /// <summary>Gets the events accepted on the way, in order (their replay is <see cref="State"/>).</summary>
    public IReadOnlyList<OrderEvent> Events { get; }

    /// <summary>Gets the instant of the last decision.</summary>
    public Instant Now { get; }

    /// <summary>Gets the policies the decisions used.</summary>
    public OrderPolicies Policies => Driver.Policies;

    /// <summary>Gets the configured decider the decisions used, or <see langword="null"/> for the standard one.</summary>
    public ConfiguredOrderDecider? Decider => Driver.Decider;

    /// <summary>Gets the driver, to go on from here (its state moves on; <see cref="State"/> and <see cref="Events"/> stay as they were).</summary>
    public OrderDriver Driver { get; }

    /// <summary>The context of a decision by an actor at <see cref="Now"/>, with the scenario's policies.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The context.</returns>
    public DecisionContext Context(Actor actor) => DecisionContext.Create(Now, actor, Policies);
}
