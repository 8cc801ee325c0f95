using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using OrderKernel.Host;
using OrderKernel.Host.Identity;
using OrderKernel.Host.Storage;
using OrderKernel.Policies;
using OrderKernel.Sample;
using OrderKernel.Serialization;
using Xunit;

namespace OrderKernel.Host.Tests;

/// <summary>A clock the test sets (the host's only source of time).</summary>
public sealed class SettableClock(Instant now) : IClock
{
    private long _ticks = now.ToUnixTimeTicks();

    public Instant Now
    {
        get => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticks));
        set => Interlocked.Exchange(ref _ticks, value.ToUnixTimeTicks());
    }

    public Instant GetCurrentInstant() => Now;
}

/// <summary>The TV export scenario of samples/OrderKernel.Sample: its command sequence is read from there, never copied.</summary>
public static class TvExport
{
    public static readonly Scenario Scenario = TvExportScenario.Build();

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[Scenario.TimeZoneId];

    public static readonly OrderPolicies Policies = Scenario.Policies.ToPolicies();

    public static readonly IReadOnlyList<(Instant At, string Actor, OrderCommand Command)> Commands =
        [.. Scenario.Steps.Where(s => s.Command is not null).Select(s => (s.At.InZoneStrictly(Zone).ToInstant(), s.Actor, s.Command!))];

    public static readonly string OrderId = Commands.Select(c => c.Command).OfType<ReceiveOrder>().First().OrderId.Value;

    public static UserDirectory Users => new([.. Scenario.Actors.Select(a => new HostUser(a.Id.Value, a.Name, [.. a.Roles.Select(r => r.Name)]))]);

    public static Actor Actor(string id) => Scenario.Actors.First(a => a.Id.Value == id);

    /// <summary>The steps up to and including the first command of the given kind.</summary>
    public static IEnumerable<(Instant At, string Actor, OrderCommand Command)> Through(CommandKind kind) =>
        Commands.Take(Commands.ToList().FindIndex(c => c.Command.Kind == kind) + 1);
}

/// <summary>Where a test's database lives: a fresh SQLite file, or a fresh schema in the CI's PostgreSQL server.</summary>
public abstract class Engine
{
    public const string PostgresVariable = "ORDERKERNEL_TEST_POSTGRES";

    public abstract string NewDatabase();

    public abstract void Configure(IWebHostBuilder builder, string database);

    public abstract AdoOrderStore Store(string database, IClock clock, int snapshotEvery, Action<int>? afterEventWritten = null);

    public abstract Task ExecuteAsync(string database, string sql);

    public sealed class Sqlite : Engine
    {
        public override string NewDatabase() => Path.Combine(Path.GetTempPath(), "orderkernel-host-tests", Guid.NewGuid().ToString("N"), "orders.db");

        public override void Configure(IWebHostBuilder builder, string database) => builder.UseSetting("OrderKernel:SqlitePath", database);

        public override AdoOrderStore Store(string database, IClock clock, int snapshotEvery, Action<int>? afterEventWritten = null) => new FaultySqlite(database, clock, snapshotEvery, afterEventWritten);

        public override async Task ExecuteAsync(string database, string sql)
        {
            await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
            await c.OpenAsync();
            await using var command = c.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        private sealed class FaultySqlite(string path, IClock clock, int snapshotEvery, Action<int>? hook) : SqliteOrderStore(path, clock, snapshotEvery)
        {
            protected override void AfterEventWritten(AppendRequest append, int index) => hook?.Invoke(index);
        }
    }

    public sealed class Postgres : Engine
    {
        public static string? ConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

        public override string NewDatabase()
        {
            var schema = "t_" + Guid.NewGuid().ToString("N");
            using var c = new NpgsqlConnection(ConnectionString);
            c.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            command.ExecuteNonQuery();
            return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
        }

        public override void Configure(IWebHostBuilder builder, string database) => builder.UseSetting("ConnectionStrings:OrderKernel", database);

        public override AdoOrderStore Store(string database, IClock clock, int snapshotEvery, Action<int>? afterEventWritten = null) => new FaultyPostgres(database, clock, snapshotEvery, afterEventWritten);

        public override async Task ExecuteAsync(string database, string sql)
        {
            await using var c = new NpgsqlConnection(database);
            await c.OpenAsync();
            await using var command = new NpgsqlCommand(sql, c);
            await command.ExecuteNonQueryAsync();
        }

        private sealed class FaultyPostgres(string connectionString, IClock clock, int snapshotEvery, Action<int>? hook) : PostgresOrderStore(connectionString, clock, snapshotEvery)
        {
            protected override void AfterEventWritten(AppendRequest append, int index) => hook?.Invoke(index);
        }
    }
}

/// <summary>Runs only when the CI's PostgreSQL server is there (.ci/run starts one and sets the variable).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Engine.Postgres.ConnectionString is null)
        {
            Skip = $"PostgreSQL tests need {Engine.PostgresVariable} (a connection string); .ci/run starts a throwaway server and sets it.";
        }
    }
}

/// <summary>The host in memory over a real database, with the test's clock, the scenario's users and policies.</summary>
public sealed class HostFactory(Engine engine, string database, SettableClock clock, int snapshotEvery = 7, Func<IServiceProvider, IOrderStore>? store = null, int? cachedOrders = null) : WebApplicationFactory<Program>
{
    public SettableClock Clock => clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        engine.Configure(builder, database);
        builder.UseSetting("OrderKernel:SnapshotEvery", snapshotEvery.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OrderKernel:ReminderIntervalSeconds", "0");
        if (cachedOrders is { } cached)
        {
            builder.UseSetting("OrderKernel:CachedOrders", cached.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(clock);
            services.AddSingleton(TvExport.Policies);
            services.AddSingleton(TvExport.Users);
            if (store is not null)
            {
                services.AddSingleton<IOrderStore>(store);
            }
        });
    }

    public HttpClient Client(string user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(DevelopmentAuthenticationHandler.Header, user);
        return client;
    }
}

public static class Http
{
    public static async Task<(int Status, JsonNode? Body, string MediaType)> PostCommandAsync(this HttpClient client, string orderId, string json, string? idempotencyKey = null, long? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/orders/{Uri.EscapeDataString(orderId)}/commands") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (ifMatch is { } v)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{v}\"");
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Content.Headers.ContentType?.MediaType ?? string.Empty);
    }

    public static Task<(int Status, JsonNode? Body, string MediaType)> PostCommandAsync(this HttpClient client, string orderId, OrderCommand command, string? idempotencyKey = null, long? ifMatch = null) =>
        client.PostCommandAsync(orderId, OrderKernelJson.Write(command), idempotencyKey, ifMatch);

    public static async Task<(int Status, JsonNode? Body)> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<JsonNode> GetOkAsync(this HttpClient client, string path)
    {
        var (status, body) = await client.GetJsonAsync(path);
        Assert.True(status == 200, $"GET {path}: {status} {body}");
        return body!;
    }
}

/// <summary>A store that runs a test's action (another writer) just before its next append, after the catch-up.</summary>
public sealed class InterleavingStore(IOrderStore inner) : IOrderStore
{
    public Func<Task>? BeforeNextAppend { get; set; }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<Order?> LoadAsync(string orderId, CancellationToken cancellationToken) => inner.LoadAsync(orderId, cancellationToken);

    public Task<Order?> CatchUpAsync(string orderId, Order? known, CancellationToken cancellationToken) => inner.CatchUpAsync(orderId, known, cancellationToken);

    public async Task<AppendOutcome> AppendAsync(AppendRequest append, CancellationToken cancellationToken)
    {
        if (BeforeNextAppend is { } before)
        {
            BeforeNextAppend = null;
            await before();
        }

        return await inner.AppendAsync(append, cancellationToken);
    }

    public Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string orderId, CancellationToken cancellationToken) => inner.ReadStreamAsync(orderId, cancellationToken);

    public Task<IReadOnlyList<string>> ListOrderIdsAsync(CancellationToken cancellationToken) => inner.ListOrderIdsAsync(cancellationToken);

    public Task<bool> RecordNoticeAsync(Notice notice, CancellationToken cancellationToken) => inner.RecordNoticeAsync(notice, cancellationToken);

    public Task<IReadOnlyList<Notice>> ListNoticesAsync(string orderId, CancellationToken cancellationToken) => inner.ListNoticesAsync(orderId, cancellationToken);
}
