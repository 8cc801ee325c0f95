namespace OrderKernel.Testing;

/// <summary>One generated step of a command sequence (<see cref="OrderSequences"/>): indices, so a sequence shrinks and replays exactly.</summary>
/// <param name="Command">The index of the template in the catalog (taken modulo its size).</param>
/// <param name="Actor">The index of the actor in the actors (modulo their count), used when <paramref name="ExpectedActor"/> is false.</param>
/// <param name="ExpectedActor">Whether the template's expected actor issues the command (otherwise anyone may).</param>
/// <param name="Minutes">The minutes since the previous decision.</param>
/// <param name="Progress">Whether the step moves the order on: it issues the first template of the catalog the state accepts.</param>
public sealed record SequenceStep(int Command, int Actor, bool ExpectedActor, int Minutes, bool Progress);
