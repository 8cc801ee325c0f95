using System.Data.Common;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace OrderKernel.Host.Storage;

/// <summary>
/// The embedded default: one SQLite file in WAL mode (readers never block the writer). Each append is an immediate
/// transaction, so writers queue on the file's lock; the primary key on (stream, version) is the last word.
/// </summary>
public class SqliteOrderStore : AdoOrderStore
{
    private readonly string _connectionString;

    /// <summary>Creates the store over a file.</summary>
    /// <param name="path">The database file (created when missing).</param>
    /// <param name="clock">The host's clock.</param>
    /// <param name="snapshotEvery">The snapshot interval in events.</param>
    public SqliteOrderStore(string path, IClock clock, int snapshotEvery)
        : base(clock, snapshotEvery)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>Gets the database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var wal = Command(connection, "PRAGMA journal_mode=WAL;");
        await wal.ExecuteNonQueryAsync(cancellationToken);
        await using var create = Command(connection, Schema);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    protected override bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteErrorCode: 19 };
}
