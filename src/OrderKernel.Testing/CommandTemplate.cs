using System;
using NodaTime;

namespace OrderKernel.Testing;

/// <summary>A kind of command with a plausible payload made from the current state, and the actor the default policies expect to issue it.</summary>
/// <param name="Name">A short name shown in counterexamples.</param>
/// <param name="Make">Makes the command from the current state and the decision's instant.</param>
/// <param name="Actor">The expected actor.</param>
public sealed record CommandTemplate(string Name, Func<Order?, Instant, OrderCommand> Make, Actor Actor)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
