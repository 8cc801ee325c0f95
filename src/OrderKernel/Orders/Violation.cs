using System;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>One reason a command was refused: a stable code, a message for people and the rule it enforces.</summary>
/// <remarks>
/// The message may be <em>deferred</em> (<see cref="Deferred{TState}"/>): it is formatted the first time it is read, so
/// deciding — and refusing — stays cheap for callers that only look at <see cref="Code"/> and <see cref="Rule"/>. Two
/// violations are equal when their code, message and rule are equal, however the message was supplied.
/// </remarks>
public sealed record Violation
{
    private readonly MessageSource? _source;
    private string? _message;

    [JsonConstructor]
    internal Violation(string code, string message, string rule)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(message);
        Guard.Against.NullOrWhiteSpace(rule);
        Code = code;
        _message = message;
        Rule = rule;
    }

    private Violation(string code, MessageSource source, string rule)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(rule);
        Code = code;
        _source = source;
        Rule = rule;
    }

    /// <summary>Gets the stable, machine-readable code (see <see cref="ViolationCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Gets the explanation for people, naming the values involved (formatted on first read when deferred).</summary>
    public string Message => _message ??= _source!.Format();

    /// <summary>Gets the rule enforced: an R-number of the domain brief (e.g. <c>R30</c>) or <c>kernel</c> for the kernel's own integrity rules.</summary>
    public string Rule { get; }

    /// <summary>Creates a violation.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The explanation for people.</param>
    /// <param name="rule">The rule enforced.</param>
    /// <returns>The violation.</returns>
    public static Violation Of(string code, string message, string rule) => new(code, message, rule);

    /// <summary>
    /// Creates a violation whose message is formatted from <paramref name="state"/> only when it is first read, so a
    /// policy on a hot path (a UI listing permitted commands, a host checking many orders) does not pay for text nobody
    /// reads. Pass a <see langword="static"/> lambda so that nothing else is captured.
    /// </summary>
    /// <typeparam name="TState">The values the message names.</typeparam>
    /// <param name="code">The stable code.</param>
    /// <param name="rule">The rule enforced.</param>
    /// <param name="state">The values the message names.</param>
    /// <param name="message">Formats the message; must be pure and return non-blank text.</param>
    /// <returns>The violation.</returns>
    /// <example>
    /// <code>
    /// Violation.Deferred(ViolationCodes.NotFullyPaid, "R43", due, static d => $"{d} is still due from the customer.");
    /// </code>
    /// </example>
    public static Violation Deferred<TState>(string code, string rule, TState state, Func<TState, string> message) =>
        new(code, new MessageSource<TState>(state, Guard.Against.Null(message)), rule);

    /// <inheritdoc />
    public bool Equals(Violation? other) =>
        other is not null && (ReferenceEquals(this, other) || (Code == other.Code && Rule == other.Rule && Message == other.Message));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message, Rule);

    /// <inheritdoc />
    public override string ToString() => $"{Code} [{Rule}]: {Message}";

    private abstract class MessageSource
    {
        public abstract string Format();
    }

    private sealed class MessageSource<TState>(TState state, Func<TState, string> format) : MessageSource
    {
        public override string Format()
        {
            var text = format(state);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InvalidOperationException("A deferred violation message formatted to blank text.");
            }

            return text;
        }
    }
}
