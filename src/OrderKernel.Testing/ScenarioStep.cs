using System;
using NodaTime;

namespace OrderKernel.Testing;

/// <summary>One command of an <see cref="OrderScenario"/> stage: who issues it and how it is made from the state and the instant.</summary>
/// <param name="Stage">The stage it belongs to.</param>
/// <param name="Actor">Who issues it.</param>
/// <param name="Make">Makes the command from the current state and the instant of the last decision; <see langword="null"/> when the step has nothing to do (e.g. nothing left to pay).</param>
public sealed record ScenarioStep(ScenarioStage Stage, Actor Actor, Func<Order?, Instant, OrderCommand?> Make);
