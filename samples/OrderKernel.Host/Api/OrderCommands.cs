using NodaTime;
using OrderKernel.Host.Storage;
using OrderKernel.Policies;
using OrderKernel.Serialization;

namespace OrderKernel.Host.Api;

/// <summary>What submitting a command came to.</summary>
public abstract record CommandOutcome
{
    /// <summary>The command's JSON could not be read.</summary>
    /// <param name="Error">The reader's error.</param>
    public sealed record BadJson(JsonReadError Error) : CommandOutcome;

    /// <summary>The command names another order than the route.</summary>
    /// <param name="CommandOrderId">The order the command names.</param>
    public sealed record WrongOrder(string CommandOrderId) : CommandOutcome;

    /// <summary>The kernel refused.</summary>
    /// <param name="Refusal">The refusal.</param>
    /// <param name="Version">The version it was decided on.</param>
    public sealed record Refused(Rejected Refusal, long Version) : CommandOutcome;

    /// <summary>The client's or the store's expected version is stale.</summary>
    /// <param name="CurrentVersion">The stream's version now.</param>
    public sealed record Stale(long CurrentVersion) : CommandOutcome;

    /// <summary>The events were appended, or the request was a retry of one that was.</summary>
    /// <param name="State">The order's state (after the events; as loaded for a retry).</param>
    /// <param name="Events">The events appended (none for a retry).</param>
    /// <param name="Duplicate">Whether this was a retry.</param>
    public sealed record Done(Order State, IReadOnlyList<OrderEvent> Events, bool Duplicate) : CommandOutcome;
}

/// <summary>
/// The host's one write path: read the command through the JSON contract, bring the order up to the stream (the cached
/// state plus the events after it, or the snapshot and the rest), let the kernel decide with the host's clock, the
/// authenticated actor and the policies, append with the expected version. No rule lives here.
/// </summary>
/// <param name="store">The store.</param>
/// <param name="cache">The last state per order this process saw.</param>
/// <param name="clock">The clock.</param>
/// <param name="policies">The policies.</param>
public sealed class OrderCommands(IOrderStore store, OrderStateCache cache, IClock clock, OrderPolicies policies)
{
    /// <summary>Submits a command.</summary>
    /// <param name="orderId">The order (the route's id).</param>
    /// <param name="json">The command's JSON.</param>
    /// <param name="actor">The authenticated actor.</param>
    /// <param name="idempotencyKey">The <c>Idempotency-Key</c> header, if any.</param>
    /// <param name="expectedVersion">The <c>If-Match</c> version, if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The outcome.</returns>
    public async Task<CommandOutcome> SubmitAsync(string orderId, string json, Actor actor, string? idempotencyKey, long? expectedVersion, CancellationToken cancellationToken)
    {
        var read = OrderKernelJson.ReadCommand(json);
        if (read.TryPickT1(out var error, out var command))
        {
            return new CommandOutcome.BadJson(error);
        }

        if (command is ReceiveOrder receive && receive.OrderId.Value != orderId)
        {
            return new CommandOutcome.WrongOrder(receive.OrderId.Value);
        }

        if (idempotencyKey is not null)
        {
            command = command with { IdempotencyKey = idempotencyKey };
        }

        Order? state;
        try
        {
            state = await store.CatchUpAsync(orderId, cache.Get(orderId), cancellationToken);
        }
        catch (CorruptStreamException)
        {
            cache.Forget(orderId);
            throw;
        }

        if (state is not null)
        {
            cache.Remember(state);
        }

        var version = state?.Version ?? 0;
        if (expectedVersion is { } expected && expected != version)
        {
            return new CommandOutcome.Stale(version);
        }

        var result = OrderDecider.Decide(state, command, DecisionContext.Create(clock.GetCurrentInstant(), actor, policies));
        if (!result.TryGetAccepted(out var accepted, out var rejected))
        {
            return new CommandOutcome.Refused(rejected, version);
        }

        if (accepted.IsDuplicate)
        {
            return new CommandOutcome.Done(accepted.State, [], true);
        }

        var outcome = await store.AppendAsync(new AppendRequest(orderId, version, accepted.Events, accepted.State, idempotencyKey), cancellationToken);
        switch (outcome.Status)
        {
            case AppendStatus.Appended:
                cache.Remember(accepted.State);
                return new CommandOutcome.Done(accepted.State, accepted.Events, false);
            case AppendStatus.Duplicate:
                return new CommandOutcome.Done(state!, [], true);
            default:
                // Another writer appended between the catch-up and the append: the held state is behind.
                cache.Forget(orderId);
                return new CommandOutcome.Stale(outcome.Version);
        }
    }
}
