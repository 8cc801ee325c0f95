using System;
using System.Collections.Generic;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace OrderKernel.Serialization;

/// <summary>
/// Writes commands, events and snapshots in the kernel's JSON shape with every personal value
/// (<see cref="PersonalDataAttribute"/>, R50) replaced by what a redactor returns: a placeholder for logs, a token or a
/// reference for a store that must be erasable. Build one per redactor and keep it: it holds its own serializer metadata.
/// </summary>
/// <remarks>
/// The output reads back with <see cref="OrderKernelJson"/>'s readers (personal members are strings, and the redactor's
/// text takes their place). Nothing but the marked members changes; free-text members (reasons, notes, comments) are the
/// host's to keep free of personal data.
/// </remarks>
/// <example>
/// <code>
/// log.Info(RedactingJsonWriter.Default.Write(accepted.Events[0]));   // "carrierIdentity":"[personal data]"
/// var tokenizing = new RedactingJsonWriter(field => vault.Tokenize(field.Value));
/// store.Append(tokenizing.Write(accepted.Events[0]));
/// </code>
/// </example>
public sealed class RedactingJsonWriter
{
    /// <summary>The text <see cref="Default"/> writes for every personal value (and any writer for a redactor that returns <c>null</c>).</summary>
    public const string Placeholder = "[personal data]";

    /// <summary>Creates a writer that writes every personal value as <paramref name="redactor"/>'s text.</summary>
    /// <param name="redactor">Given a personal field and its value, returns the text to write instead.</param>
    public RedactingJsonWriter(Func<PersonalDataField, string> redactor)
    {
        Guard.Against.Null(redactor);
        var plain = OrderKernelJson.CreateOptions(redactor, null);
        Options = OrderKernelJson.CreateOptions(redactor, plain);
    }

    /// <summary>Gets a writer that writes every personal value as <see cref="Placeholder"/>: for logs and support exports.</summary>
    public static RedactingJsonWriter Default { get; } = new(_ => Placeholder);

    /// <summary>Gets the writer's read-only options, for kernel types other than those the write methods take (a settlement statement, …).</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>Writes a command with its discriminator, personal values redacted.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The JSON text.</returns>
    public string Write(OrderCommand command) => OrderKernelJson.Write(command, Options);

    /// <summary>Writes an event with its discriminator, personal values redacted.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The JSON text.</returns>
    public string Write(OrderEvent @event) => OrderKernelJson.Write(@event, Options);

    /// <summary>Writes a stream of events as a JSON array, personal values redacted.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The JSON text.</returns>
    public string WriteEvents(IEnumerable<OrderEvent> events) => OrderKernelJson.WriteEvents(events, Options);

    /// <summary>Writes an order snapshot, personal values redacted.</summary>
    /// <param name="order">The order.</param>
    /// <returns>The JSON text.</returns>
    public string WriteSnapshot(Order order) => OrderKernelJson.WriteSnapshot(order, Options);
}
