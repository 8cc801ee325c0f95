namespace OrderKernel.Host.Storage;

/// <summary>
/// The storage seam: one order is one stream of events. Appends carry the expected version and run in one transaction
/// (a unique key on stream and version turns a lost race into <see cref="AppendStatus.Conflict"/>); idempotency keys
/// are remembered beside the events; a snapshot is written every N events and loading replays only what follows it.
/// </summary>
public interface IOrderStore
{
    /// <summary>Creates the tables when they are missing.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Loads an order: the latest snapshot and the events after it, replayed.</summary>
    /// <param name="orderId">The stream.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The order, or <see langword="null"/> when the stream is empty.</returns>
    /// <exception cref="CorruptStreamException">A stored event or snapshot cannot be read.</exception>
    Task<Order?> LoadAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>
    /// Brings a known state up to the stream: replays only the events after its version (one query, usually answering
    /// no rows); with no known state it loads as <see cref="LoadAsync"/> does.
    /// </summary>
    /// <param name="orderId">The stream.</param>
    /// <param name="known">A state of this order read earlier (from the host's cache), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The order at the stream's version, or <see langword="null"/> when the stream is empty.</returns>
    /// <exception cref="CorruptStreamException">A stored event after the known version, or the snapshot, cannot be read.</exception>
    Task<Order?> CatchUpAsync(string orderId, Order? known, CancellationToken cancellationToken);

    /// <summary>Appends a decision's events at the expected version, all or nothing.</summary>
    /// <param name="append">What to append.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The outcome.</returns>
    Task<AppendOutcome> AppendAsync(AppendRequest append, CancellationToken cancellationToken);

    /// <summary>Reads a whole stream in version order.</summary>
    /// <param name="orderId">The stream.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The stored events, each read back through the JSON contract.</returns>
    /// <exception cref="CorruptStreamException">A stored event cannot be read.</exception>
    Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>Lists the streams.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The order ids, sorted.</returns>
    Task<IReadOnlyList<string>> ListOrderIdsAsync(CancellationToken cancellationToken);

    /// <summary>Records a service-level notice once (the same order, step, state and due time is recorded once).</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns><see langword="true"/> when it was new.</returns>
    Task<bool> RecordNoticeAsync(Notice notice, CancellationToken cancellationToken);

    /// <summary>Lists the notices of an order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The notices, oldest first.</returns>
    Task<IReadOnlyList<Notice>> ListNoticesAsync(string orderId, CancellationToken cancellationToken);
}

/// <summary>A decision to append.</summary>
/// <param name="OrderId">The stream.</param>
/// <param name="ExpectedVersion">The version the decision was made on (0 for a new stream).</param>
/// <param name="Events">The decision's events (versions expected+1 …).</param>
/// <param name="State">The state after the events (written as the snapshot when one is due).</param>
/// <param name="IdempotencyKey">The request's key, remembered with the version it produced.</param>
public sealed record AppendRequest(string OrderId, long ExpectedVersion, IReadOnlyList<OrderEvent> Events, Order State, string? IdempotencyKey);

/// <summary>How an append ended.</summary>
public enum AppendStatus
{
    /// <summary>The events were written.</summary>
    Appended,

    /// <summary>Another writer got there first: nothing was written.</summary>
    Conflict,

    /// <summary>The idempotency key was already used on this stream: nothing was written.</summary>
    Duplicate,
}

/// <summary>The outcome of an append.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Version">The stream's version afterwards (for a duplicate, the version the key produced).</param>
public sealed record AppendOutcome(AppendStatus Status, long Version);

/// <summary>A stored event.</summary>
/// <param name="Version">Its version in the stream.</param>
/// <param name="Type">Its versioned discriminator as stored.</param>
/// <param name="Json">Its JSON as stored.</param>
/// <param name="Event">The event read back (upcast when stored in an older shape).</param>
public sealed record StoredEvent(long Version, string Type, string Json, OrderEvent Event);

/// <summary>A service-level notice recorded by the reminder service.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Step">The service step.</param>
/// <param name="State">At risk or overdue.</param>
/// <param name="DueAt">The deadline, ISO-8601.</param>
/// <param name="RecordedAt">When the scan saw it, ISO-8601.</param>
public sealed record Notice(string OrderId, string Step, string State, string DueAt, string RecordedAt);

/// <summary>A stored event or snapshot that cannot be read: reported, never skipped.</summary>
public sealed class CorruptStreamException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="orderId">The stream.</param>
    /// <param name="version">The version of the unreadable row.</param>
    /// <param name="what">"event" or "snapshot".</param>
    /// <param name="reason">What the reader said.</param>
    public CorruptStreamException(string orderId, long version, string what, string reason)
        : base($"The stored {what} at version {version} of order '{orderId}' cannot be read: {reason}")
    {
        OrderId = orderId;
        Version = version;
        What = what;
        Reason = reason;
    }

    /// <summary>Creates the exception.</summary>
    public CorruptStreamException()
        : this(string.Empty, 0, "event", "unknown")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public CorruptStreamException(string message)
        : base(message)
    {
        OrderId = string.Empty;
        What = "event";
        Reason = message;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CorruptStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
        OrderId = string.Empty;
        What = "event";
        Reason = message;
    }

    /// <summary>Gets the stream.</summary>
    public string OrderId { get; }

    /// <summary>Gets the version of the unreadable row.</summary>
    public long Version { get; }

    /// <summary>Gets what could not be read ("event" or "snapshot").</summary>
    public string What { get; }

    /// <summary>Gets what the reader said.</summary>
    public string Reason { get; }
}
