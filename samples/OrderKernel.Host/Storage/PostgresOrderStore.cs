using System.Data.Common;
using NodaTime;
using Npgsql;

namespace OrderKernel.Host.Storage;

/// <summary>
/// PostgreSQL: the same plain events table over Npgsql (not Marten: four tables and a dozen statements need no document
/// store, and the SQL stays the same as on SQLite). Any number of host processes may share the database: the primary key
/// on (stream, version) lets exactly one of two racing appends commit.
/// </summary>
public class PostgresOrderStore : AdoOrderStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates the store.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="clock">The host's clock.</param>
    /// <param name="snapshotEvery">The snapshot interval in events.</param>
    public PostgresOrderStore(string connectionString, IClock clock, int snapshotEvery)
        : base(clock, snapshotEvery)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Several processes may start at once: a transaction-scoped advisory lock serialises the CREATE TABLEs.
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using var lockTables = Command(connection, "SELECT pg_advisory_xact_lock(7242023)");
        lockTables.Transaction = tx;
        await lockTables.ExecuteNonQueryAsync(cancellationToken);
        await using var create = Command(connection, Schema);
        create.Transaction = tx;
        await create.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    protected override bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
