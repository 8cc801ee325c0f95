using System;

namespace OrderKernel;

/// <summary>One edge of a state machine: from a state, on a trigger, to a state, if every named guard holds.</summary>
/// <typeparam name="TState">The state enum.</typeparam>
/// <typeparam name="TTrigger">The trigger (command kind) enum.</typeparam>
public sealed class Transition<TState, TTrigger> : IEquatable<Transition<TState, TTrigger>>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    internal Transition(TState from, TTrigger trigger, TState to, ValueList<string> guards)
    {
        From = from;
        Trigger = trigger;
        To = to;
        Guards = guards;
    }

    /// <summary>Gets the source state.</summary>
    public TState From { get; }

    /// <summary>Gets the trigger.</summary>
    public TTrigger Trigger { get; }

    /// <summary>Gets the target state (equal to <see cref="From"/> for a self-loop).</summary>
    public TState To { get; }

    /// <summary>Gets the names of the guards that must hold (see the machine's guard descriptions).</summary>
    public ValueList<string> Guards { get; }

    /// <inheritdoc />
    public bool Equals(Transition<TState, TTrigger>? other) =>
        other is not null && From.Equals(other.From) && Trigger.Equals(other.Trigger) && To.Equals(other.To) && Guards.Equals(other.Guards);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Transition<TState, TTrigger>);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, Trigger, To, Guards);

    /// <inheritdoc />
    public override string ToString() => Guards.IsEmpty ? $"{From} --{Trigger}--> {To}" : $"{From} --{Trigger} [{string.Join(", ", Guards)}]--> {To}";
}
