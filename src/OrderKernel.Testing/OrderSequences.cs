using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderKernel.Policies;

namespace OrderKernel.Testing;

/// <summary>
/// Random command sequences (FsCheck 3) over a catalog of command templates, from any state, biased towards progress: a
/// progress step issues the first template the current state accepts, so sequences reach the late stages. A failing
/// sequence shrinks by halving it and by dropping single steps; FsCheck prints the seed that replays it.
/// </summary>
/// <example>
/// <code>
/// var sequences = OrderSequences.Default with { Policies = myPolicies, Options = myOptions };
/// Prop.ForAll(sequences.Arbitrary(), steps =>
/// {
///     foreach (var step in sequences.Run(steps))
///     {
///         OrderInvariants.Check(step);
///     }
/// }).QuickCheckThrowOnFailure();
/// </code>
/// </example>
public sealed record OrderSequences
{
    private ConfiguredOrderDecider? _decider;

    /// <summary>Gets sequences over the standard catalog and the seed actors, with the default policies.</summary>
    public static OrderSequences Default { get; } = new();

    /// <summary>Gets the command templates steps draw from; the first ones are the happy path.</summary>
    public ValueList<CommandTemplate> Catalog { get; init; } = CommandCatalog.Standard;

    /// <summary>Gets the actors a step not issued by its expected actor draws from.</summary>
    public ValueList<Actor> Actors { get; init; } = SeedActors.All;

    /// <summary>Gets the policies the commands are decided with.</summary>
    public OrderPolicies Policies { get; init; } = OrderPolicies.Default;

    /// <summary>Gets the kernel options (added guards, omitted stages) the commands are decided with.</summary>
    public OrderKernelOptions Options
    {
        get;
        init
        {
            field = Guard.Against.Null(value);
            _decider = null;
        }
    } = OrderKernelOptions.Default;

    /// <summary>Gets the most steps a sequence has; default 50.</summary>
    public int MaxLength { get; init; } = 50;

    /// <summary>Gets the settings the invariants are checked with (this configuration's lifecycle and policies).</summary>
    public InvariantSettings Invariants => Decider is { } d ? InvariantSettings.For(d, Policies) : InvariantSettings.Default with { Policies = Policies };

    private ConfiguredOrderDecider? Decider => ReferenceEquals(Options, OrderKernelOptions.Default) ? null : _decider ??= OrderDecider.Create(Options);

    /// <summary>Shrinks a sequence: its first half, then the sequence without one step (last first).</summary>
    /// <typeparam name="T">The step type.</typeparam>
    /// <param name="steps">The sequence.</param>
    /// <returns>Smaller sequences.</returns>
    public static IEnumerable<T[]> Shrink<T>(T[] steps)
    {
        Guard.Against.Null(steps);
        if (steps.Length > 1)
        {
            yield return steps[..(steps.Length / 2)];
        }

        for (var i = steps.Length - 1; i >= 0 && steps.Length > 1; i--)
        {
            yield return [.. steps[..i], .. steps[(i + 1)..]];
        }
    }

    /// <summary>The generator of one step: mostly by the expected actor (4 in 5), often a progress step (3 in 5), 1 to 600 minutes after the last.</summary>
    /// <returns>The generator.</returns>
    public Gen<SequenceStep> Step() =>
        from c in Gen.Choose(0, Catalog.Count - 1)
        from a in Gen.Choose(0, Actors.Count - 1)
        from expected in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from m in Gen.Choose(1, 600)
        from progress in Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
        select new SequenceStep(c, a, expected, m, progress);

    /// <summary>Sequences of 1 to <see cref="MaxLength"/> steps that shrink with <see cref="Shrink{T}"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public Arbitrary<SequenceStep[]> Arbitrary() =>
        Arb.From(
            from length in Gen.Choose(1, MaxLength)
            from steps in Step().ArrayOf(length)
            select steps,
            Shrink);

    /// <summary>A new driver with this configuration's policies and options, before the order exists.</summary>
    /// <returns>The driver.</returns>
    public OrderDriver NewDriver() => new(Policies, Decider);

    /// <summary>Runs a sequence from no order. Lazy: each outcome is yielded right after its decision.</summary>
    /// <param name="steps">The steps.</param>
    /// <returns>One outcome per step.</returns>
    public IEnumerable<SequenceOutcome> Run(IReadOnlyList<SequenceStep> steps) => Run(steps, NewDriver());

    /// <summary>Runs a sequence on a driver, from whatever state it is in (e.g. <see cref="ScenarioRun.Driver"/>). Lazy.</summary>
    /// <param name="steps">The steps.</param>
    /// <param name="driver">The driver; its policies and decider are used.</param>
    /// <returns>One outcome per step.</returns>
    public IEnumerable<SequenceOutcome> Run(IReadOnlyList<SequenceStep> steps, OrderDriver driver)
    {
        Guard.Against.Null(steps);
        Guard.Against.Null(driver);
        return RunSteps(steps, driver);
    }

    /// <summary>The commands of the catalog an actor may issue now, with the decisions they get: those accepted (generator of valid commands).</summary>
    /// <param name="state">The state; <see langword="null"/> before the order exists.</param>
    /// <param name="actor">The actor who issues them.</param>
    /// <param name="now">The decision's instant.</param>
    /// <returns>A generator of a command the decider accepts from the actor in the state.</returns>
    /// <exception cref="InvalidOperationException">No template of the catalog is accepted.</exception>
    public Gen<OrderCommand> ValidCommands(Order? state, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        var context = DecisionContext.Create(now, actor, Policies);
        var valid = Catalog.Select(t => t.Make(state, now)).Where(c => Decide(Decider, state, c, context).IsT0).ToArray();
        return valid.Length > 0
            ? Gen.Elements(valid)
            : throw new InvalidOperationException($"No template of the catalog is accepted from {actor.Name} in {state?.Status ?? OrderStatus.Draft}.");
    }

    /// <summary>The first template of the catalog the state accepts from its expected actor (the progress step), if any.</summary>
    /// <param name="state">The state.</param>
    /// <param name="now">The decision's instant.</param>
    /// <param name="policies">The policies.</param>
    /// <returns>The template, or <see langword="null"/>.</returns>
    public CommandTemplate? FirstAccepted(Order? state, Instant now, OrderPolicies policies) => FirstAccepted(Decider, state, now, policies);

    private static OneOf.OneOf<Accepted, Rejected> Decide(ConfiguredOrderDecider? decider, Order? state, OrderCommand command, DecisionContext context) =>
        decider is { } d ? d.Decide(state, command, context) : OrderDecider.Decide(state, command, context);

    private CommandTemplate? FirstAccepted(ConfiguredOrderDecider? decider, Order? state, Instant now, OrderPolicies policies)
    {
        foreach (var template in Catalog)
        {
            if (Decide(decider, state, template.Make(state, now), DecisionContext.Create(now, template.Actor, policies)).IsT0)
            {
                return template;
            }
        }

        return null;
    }

    private IEnumerable<SequenceOutcome> RunSteps(IReadOnlyList<SequenceStep> steps, OrderDriver driver)
    {
        var settings = driver.Invariants;
        foreach (var step in steps)
        {
            var after = Duration.FromMinutes(step.Minutes);
            var template = (step.Progress ? FirstAccepted(driver.Decider, driver.State, driver.Now + after, driver.Policies) : null) ?? Catalog[Math.Abs(step.Command % Catalog.Count)];
            var actor = step.ExpectedActor ? template.Actor : Actors[Math.Abs(step.Actor % Actors.Count)];
            var before = driver.State;
            var command = template.Make(before, driver.Now + after);
            var result = driver.Try(command, actor, after);
            yield return new SequenceOutcome(before, command, actor, driver.Now, result, driver.State, driver.Events, settings);
        }
    }
}
