using System.Data.Common;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Serialization;

namespace OrderKernel.Host.Storage;

/// <summary>
/// The store over plain ADO.NET, shared by the SQLite and PostgreSQL engines: four tables (events, idempotency keys,
/// snapshots, notices), the same SQL on both; the engines differ in how they open connections, create the tables and
/// name a unique-key violation.
/// </summary>
public abstract class AdoOrderStore : IOrderStore
{
    /// <summary>The tables, in SQL both engines accept.</summary>
    protected const string Schema = """
        CREATE TABLE IF NOT EXISTS ok_events (
            stream TEXT NOT NULL, version BIGINT NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL, recorded_at TEXT NOT NULL,
            PRIMARY KEY (stream, version));
        CREATE TABLE IF NOT EXISTS ok_idempotency (
            stream TEXT NOT NULL, idempotency_key TEXT NOT NULL, version BIGINT NOT NULL,
            PRIMARY KEY (stream, idempotency_key));
        CREATE TABLE IF NOT EXISTS ok_snapshots (
            stream TEXT NOT NULL PRIMARY KEY, version BIGINT NOT NULL, body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS ok_notices (
            stream TEXT NOT NULL, step TEXT NOT NULL, state TEXT NOT NULL, due_at TEXT NOT NULL, recorded_at TEXT NOT NULL,
            PRIMARY KEY (stream, step, state, due_at));
        """;

    private readonly IClock _clock;

    /// <summary>Creates the store.</summary>
    /// <param name="clock">The host's clock (stamps rows).</param>
    /// <param name="snapshotEvery">A snapshot is written each time the version crosses a multiple of this.</param>
    protected AdoOrderStore(IClock clock, int snapshotEvery)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(snapshotEvery, 1);
        _clock = clock;
        SnapshotEvery = snapshotEvery;
    }

    /// <summary>Gets the snapshot interval in events.</summary>
    public int SnapshotEvery { get; }

    /// <inheritdoc />
    public abstract Task InitializeAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public Task<Order?> LoadAsync(string orderId, CancellationToken cancellationToken) => CatchUpAsync(orderId, null, cancellationToken);

    /// <inheritdoc />
    public async Task<Order?> CatchUpAsync(string orderId, Order? known, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (known is not null)
        {
            // One query, usually answering no rows: the events appended since the known version.
            var caughtUp = known;
            await foreach (var e in ReadEventsAsync(connection, orderId, known.Version, cancellationToken))
            {
                caughtUp = OrderDecider.Evolve(caughtUp, e.Event);
            }

            return caughtUp;
        }

        Order? state = null;
        await using (var snap = Command(connection, "SELECT version, body FROM ok_snapshots WHERE stream = @s", ("s", orderId)))
        await using (var reader = await snap.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                state = EventCodec.ReadSnapshot(orderId, reader.GetInt64(0), reader.GetString(1));
            }
        }

        var from = state?.Version ?? 0;
        await foreach (var e in ReadEventsAsync(connection, orderId, from, cancellationToken))
        {
            state = OrderDecider.Evolve(state, e.Event);
        }

        return state;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var list = new List<StoredEvent>();
        await foreach (var e in ReadEventsAsync(connection, orderId, 0, cancellationToken))
        {
            list.Add(e);
        }

        return list;
    }

    /// <inheritdoc />
    public async Task<AppendOutcome> AppendAsync(AppendRequest append, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(append);
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var current = await CurrentVersionAsync(connection, tx, append.OrderId, cancellationToken);
            if (current != append.ExpectedVersion)
            {
                await tx.RollbackAsync(cancellationToken);
                return new AppendOutcome(AppendStatus.Conflict, current);
            }

            if (append.IdempotencyKey is { } key)
            {
                await using var find = Command(connection, "SELECT version FROM ok_idempotency WHERE stream = @s AND idempotency_key = @k", ("s", append.OrderId), ("k", key));
                find.Transaction = tx;
                if (await find.ExecuteScalarAsync(cancellationToken) is long produced)
                {
                    await tx.RollbackAsync(cancellationToken);
                    return new AppendOutcome(AppendStatus.Duplicate, produced);
                }
            }

            var now = InstantPattern.ExtendedIso.Format(_clock.GetCurrentInstant());
            var version = append.ExpectedVersion;
            for (var i = 0; i < append.Events.Count; i++)
            {
                var e = append.Events[i];
                version++;
                if (e.Version != version || e.OrderId.Value != append.OrderId)
                {
                    throw new InvalidOperationException($"Event {i} of the decision is version {e.Version} of '{e.OrderId.Value}', expected {version} of '{append.OrderId}'.");
                }

                var (type, json) = EventCodec.Write(e);
                await using var insert = Command(connection, "INSERT INTO ok_events (stream, version, type, body, recorded_at) VALUES (@s, @v, @t, @b, @r)", ("s", append.OrderId), ("v", version), ("t", type), ("b", json), ("r", now));
                insert.Transaction = tx;
                await insert.ExecuteNonQueryAsync(cancellationToken);
                AfterEventWritten(append, i);
            }

            if (append.IdempotencyKey is { } newKey)
            {
                await using var remember = Command(connection, "INSERT INTO ok_idempotency (stream, idempotency_key, version) VALUES (@s, @k, @v)", ("s", append.OrderId), ("k", newKey), ("v", version));
                remember.Transaction = tx;
                await remember.ExecuteNonQueryAsync(cancellationToken);
            }

            if (append.ExpectedVersion / SnapshotEvery != version / SnapshotEvery)
            {
                await using var snapshot = Command(
                    connection,
                    "INSERT INTO ok_snapshots (stream, version, body) VALUES (@s, @v, @b) ON CONFLICT (stream) DO UPDATE SET version = excluded.version, body = excluded.body",
                    ("s", append.OrderId),
                    ("v", version),
                    ("b", OrderKernelJson.WriteSnapshot(append.State)));
                snapshot.Transaction = tx;
                await snapshot.ExecuteNonQueryAsync(cancellationToken);
            }

            await tx.CommitAsync(cancellationToken);
            return new AppendOutcome(AppendStatus.Appended, version);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            await tx.RollbackAsync(cancellationToken);
            await using var again = await OpenAsync(cancellationToken);
            return new AppendOutcome(AppendStatus.Conflict, await CurrentVersionAsync(again, null, append.OrderId, cancellationToken));
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListOrderIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var list = Command(connection, "SELECT stream FROM ok_events WHERE version = 1 ORDER BY stream");
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <inheritdoc />
    public async Task<bool> RecordNoticeAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            "INSERT INTO ok_notices (stream, step, state, due_at, recorded_at) VALUES (@s, @p, @st, @d, @r) ON CONFLICT DO NOTHING",
            ("s", notice.OrderId),
            ("p", notice.Step),
            ("st", notice.State),
            ("d", notice.DueAt),
            ("r", notice.RecordedAt));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Notice>> ListNoticesAsync(string orderId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var list = Command(connection, "SELECT step, state, due_at, recorded_at FROM ok_notices WHERE stream = @s ORDER BY recorded_at, due_at, step, state", ("s", orderId));
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        var notices = new List<Notice>();
        while (await reader.ReadAsync(cancellationToken))
        {
            notices.Add(new Notice(orderId, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return notices;
    }

    /// <summary>Opens a connection.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The open connection.</returns>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Whether an exception is the engine's unique-key violation.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns><see langword="true"/> for a unique-key violation.</returns>
    protected abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Called inside the append transaction after each event row is written (a seam for fault tests).</summary>
    /// <param name="append">The append.</param>
    /// <param name="index">The event's index in the decision.</param>
    protected virtual void AfterEventWritten(AppendRequest append, int index)
    {
    }

    /// <summary>Creates a command with named parameters.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="sql">The SQL.</param>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The command.</returns>
    protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // the SQL is constant text; values travel as parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return command;
    }

    private static async Task<long> CurrentVersionAsync(DbConnection connection, DbTransaction? tx, string orderId, CancellationToken cancellationToken)
    {
        await using var max = Command(connection, "SELECT COALESCE(MAX(version), 0) FROM ok_events WHERE stream = @s", ("s", orderId));
        max.Transaction = tx;
        return Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async IAsyncEnumerable<StoredEvent> ReadEventsAsync(DbConnection connection, string orderId, long after, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var read = Command(connection, "SELECT version, type, body FROM ok_events WHERE stream = @s AND version > @v ORDER BY version", ("s", orderId), ("v", after));
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var expected = after;
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = reader.GetInt64(0);
            expected++;
            if (version != expected)
            {
                throw new CorruptStreamException(orderId, expected, "event", $"the stream jumps from version {expected - 1} to {version}");
            }

            var json = reader.GetString(2);
            yield return new StoredEvent(version, reader.GetString(1), json, EventCodec.Read(orderId, version, json));
        }
    }
}
