using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>
/// A state machine as data: its states, triggers, transitions and named guards. The deciders consult it, user interfaces
/// list it, and <see cref="ToMermaid"/> and <see cref="ToDot"/> draw it.
/// </summary>
/// <remarks>
/// The definition is validated when built: no duplicate edge (same from, trigger and to), every guard named on an edge is
/// described, and every state is reachable from the initial state.
/// </remarks>
/// <typeparam name="TState">The state enum (backed by <see cref="int"/>).</typeparam>
/// <typeparam name="TTrigger">The trigger enum (backed by <see cref="int"/>).</typeparam>
public sealed class StateMachineDefinition<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Transition<TState, TTrigger>[][] _index;
    private readonly TTrigger[][] _triggersFrom;
    private readonly int _triggerCount;

    private StateMachineDefinition(string name, TState initial, ValueList<Transition<TState, TTrigger>> transitions, ValueList<GuardDescription> guards)
    {
        Name = name;
        Initial = initial;
        Transitions = transitions;
        Guards = guards;
        var stateCount = Enum.GetValues<TState>().Length;
        _triggerCount = Enum.GetValues<TTrigger>().Length;
        var buckets = new List<Transition<TState, TTrigger>>[stateCount * _triggerCount];
        foreach (var t in transitions)
        {
            var slot = (IndexOf(t.From) * _triggerCount) + IndexOf(t.Trigger);
            (buckets[slot] ??= []).Add(t);
        }

        _index = new Transition<TState, TTrigger>[buckets.Length][];
        for (var i = 0; i < buckets.Length; i++)
        {
            _index[i] = buckets[i]?.ToArray() ?? [];
        }

        var triggers = Enum.GetValues<TTrigger>();
        _triggersFrom = new TTrigger[stateCount][];
        for (var s = 0; s < stateCount; s++)
        {
            var leaving = new List<TTrigger>();
            for (var t = 0; t < _triggerCount; t++)
            {
                if (_index[(s * _triggerCount) + t].Length > 0)
                {
                    leaving.Add(triggers[t]);
                }
            }

            _triggersFrom[s] = [.. leaving];
        }
    }

    /// <summary>Gets the machine's name, e.g. <c>order</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the initial state.</summary>
    public TState Initial { get; }

    /// <summary>Gets every transition, in declaration order.</summary>
    public ValueList<Transition<TState, TTrigger>> Transitions { get; }

    /// <summary>Gets the guards the transitions name, with what each checks.</summary>
    public ValueList<GuardDescription> Guards { get; }

    /// <summary>Builds and validates a definition.</summary>
    /// <param name="name">The machine's name.</param>
    /// <param name="initial">The initial state.</param>
    /// <param name="transitions">The transitions.</param>
    /// <param name="guards">The guards named by the transitions.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">A duplicate edge, an undescribed guard or an unreachable state.</exception>
    public static StateMachineDefinition<TState, TTrigger> Create(string name, TState initial, IEnumerable<Transition<TState, TTrigger>> transitions, IEnumerable<GuardDescription> guards) =>
        CreateOver(Enum.GetValues<TState>(), name, initial, transitions, guards);

    /// <summary>Creates and validates a definition in which only <paramref name="states"/> must be reachable (a configured lifecycle without some states).</summary>
    internal static StateMachineDefinition<TState, TTrigger> CreateOver(IEnumerable<TState> states, string name, TState initial, IEnumerable<Transition<TState, TTrigger>> transitions, IEnumerable<GuardDescription> guards)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(transitions);
        Guard.Against.Null(guards);
        if (Enum.GetUnderlyingType(typeof(TState)) != typeof(int) || Enum.GetUnderlyingType(typeof(TTrigger)) != typeof(int))
        {
            throw new ArgumentException("State and trigger enums must be backed by int.", nameof(transitions));
        }

        var list = ValueList<Transition<TState, TTrigger>>.From(transitions);
        var guardList = ValueList<GuardDescription>.From(guards);
        var guardNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in guardList)
        {
            if (!guardNames.Add(g.Name))
            {
                throw new ArgumentException($"Guard '{g.Name}' is described twice.", nameof(guards));
            }
        }

        var seen = new HashSet<(TState, TTrigger, TState)>();
        foreach (var t in list)
        {
            if (!seen.Add((t.From, t.Trigger, t.To)))
            {
                throw new ArgumentException($"Duplicate transition {t}.", nameof(transitions));
            }

            foreach (var g in t.Guards)
            {
                if (!guardNames.Contains(g))
                {
                    throw new ArgumentException($"Transition {t} names guard '{g}', which is not described.", nameof(transitions));
                }
            }
        }

        var reachable = new HashSet<TState> { initial };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var t in list)
            {
                if (reachable.Contains(t.From) && reachable.Add(t.To))
                {
                    changed = true;
                }
            }
        }

        foreach (var s in states)
        {
            if (!reachable.Contains(s))
            {
                throw new ArgumentException($"State {s} of machine '{name}' is unreachable from {initial}.", nameof(transitions));
            }
        }

        return new StateMachineDefinition<TState, TTrigger>(name, initial, list, guardList);
    }

    /// <summary>Creates a transition for <see cref="Create"/>.</summary>
    /// <param name="from">The source state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="to">The target state.</param>
    /// <param name="guards">The guard names.</param>
    /// <returns>The transition.</returns>
    public static Transition<TState, TTrigger> Edge(TState from, TTrigger trigger, TState to, params ReadOnlySpan<string> guards) =>
        new(from, trigger, to, ValueList<string>.Of(guards));

    /// <summary>Gets the transitions leaving <paramref name="from"/> on <paramref name="trigger"/> (empty when none).</summary>
    /// <param name="from">The state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The transitions; several when the target depends on the command's outcome.</returns>
    public ReadOnlySpan<Transition<TState, TTrigger>> From(TState from, TTrigger trigger) => _index[(IndexOf(from) * _triggerCount) + IndexOf(trigger)];

    /// <summary>Gets the triggers with at least one transition leaving <paramref name="from"/>, in declaration order.</summary>
    /// <param name="from">The state.</param>
    /// <returns>The triggers (precomputed; no allocation).</returns>
    public ReadOnlySpan<TTrigger> TriggersFrom(TState from) => _triggersFrom[IndexOf(from)];

    /// <summary>Tells whether the table has the edge from, trigger, to.</summary>
    /// <param name="from">The source state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="to">The target state.</param>
    /// <returns><see langword="true"/> when the edge exists.</returns>
    public bool Allows(TState from, TTrigger trigger, TState to)
    {
        foreach (var t in From(from, trigger))
        {
            if (EqualityComparer<TState>.Default.Equals(t.To, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Renders the machine as a Mermaid <c>stateDiagram-v2</c>; self-loops are listed as notes to keep the drawing readable.</summary>
    /// <returns>The Mermaid text (LF line ends).</returns>
    public string ToMermaid()
    {
        var sb = new StringBuilder();
        sb.Append("stateDiagram-v2\n");
        sb.Append("    [*] --> ").Append(Initial).Append('\n');
        var loops = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var t in Transitions)
        {
            if (EqualityComparer<TState>.Default.Equals(t.From, t.To))
            {
                var key = t.From.ToString();
                if (!loops.TryGetValue(key, out var set))
                {
                    loops[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(t.Trigger.ToString());
                continue;
            }

            sb.Append("    ").Append(t.From).Append(" --> ").Append(t.To).Append(" : ").Append(t.Trigger);
            if (!t.Guards.IsEmpty)
            {
                sb.Append(" [").Append(string.Join(", ", t.Guards)).Append(']');
            }

            sb.Append('\n');
        }

        foreach (var (state, triggers) in loops)
        {
            sb.Append("    note right of ").Append(state).Append(" : also ").Append(string.Join(", ", triggers)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Renders the machine as a Graphviz DOT digraph, self-loops included.</summary>
    /// <returns>The DOT text (LF line ends).</returns>
    public string ToDot()
    {
        var sb = new StringBuilder();
        sb.Append("digraph ").Append(Name.Replace('-', '_')).Append(" {\n");
        sb.Append("    rankdir=LR;\n    node [shape=box, style=rounded];\n");
        sb.Append("    __start [shape=point];\n    __start -> ").Append(Initial).Append(";\n");
        foreach (var t in Transitions)
        {
            sb.Append("    ").Append(t.From).Append(" -> ").Append(t.To).Append(" [label=\"").Append(t.Trigger);
            if (!t.Guards.IsEmpty)
            {
                sb.Append("\\n[").Append(string.Join(", ", t.Guards)).Append(']');
            }

            sb.Append("\"];\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    private static int IndexOf<T>(T value)
        where T : struct, Enum
    {
        var i = (int)(object)value; // the enum is backed by int (checked in Create); the JIT removes the box
        return i >= 0 ? i : throw new ArgumentOutOfRangeException(nameof(value), value, "Negative enum values are not supported.");
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {Transitions.Count} transitions");
}
