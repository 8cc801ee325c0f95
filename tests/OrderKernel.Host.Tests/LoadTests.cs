using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OrderKernel.Host.Storage;
using Xunit;
using Xunit.Abstractions;

namespace OrderKernel.Host.Tests;

/// <summary>
/// A bounded load run: N clients, each on its own order in production, send ReportProgress over real HTTP on 127.0.0.1
/// (HTTP → catch up the cached state → decide → append), next to the raw append rate of the same rows into the same
/// database through the store, measured in the same run; then the same commands through a second host with its cache
/// turned off (HTTP → load the snapshot and replay the rest → decide → append), to show what the cache saves. Results
/// go to the test output and artifacts/host-load.txt (docs/performance.md).
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Clients = 4;
    private const int CommandsPerClient = 40;

    [Fact]
    public Task Load_Sqlite() => RunAsync(new Engine.Sqlite());

    [PostgresFact]
    public Task Load_Postgres() => RunAsync(new Engine.Postgres());

    private async Task RunAsync(Engine engine)
    {
        var clock = new SettableClock(TvExport.Commands[0].At);
        var port = FreePort();
        var database = engine.NewDatabase();
        await using var host = new HostFactory(engine, database, clock, snapshotEvery: 20);
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        host.StartServer();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var ids = Enumerable.Range(0, Clients).Select(i => $"ord-load-{i}").ToArray();
        var seed = TvExport.Through(CommandKind.ReportProgress).ToArray();
        foreach (var id in ids)
        {
            foreach (var (at, user, command) in seed)
            {
                clock.Now = at;
                var c = command is ReceiveOrder r ? r with { OrderId = OrderId.From(id) } : command;
                await Client(http, user).PostCommandAsync(id, c);
            }
        }

        var (progressAt, progressUser, _) = seed[^1];
        var actor = TvExport.Actor(progressUser);
        var store = host.Services.GetRequiredService<IOrderStore>();

        // Raw: the same rows the host would write, decided beforehand, appended through the store by N writers.
        var prepared = new List<List<AppendRequest>>();
        foreach (var id in ids)
        {
            var state = (await store.LoadAsync(id, CancellationToken.None))!;
            var appends = new List<AppendRequest>();
            for (var n = 0; n < CommandsPerClient; n++)
            {
                var accepted = OrderDecider.Decide(state, new ReportProgress(Percentage.Of(50), $"raw {n}"), DecisionContext.Create(progressAt, actor, TvExport.Policies)).Accepted!;
                appends.Add(new AppendRequest(id, state.Version, accepted.Events, accepted.State, null));
                state = accepted.State;
            }

            prepared.Add(appends);
        }

        var raw = Stopwatch.StartNew();
        await Task.WhenAll(prepared.Select(async appends =>
        {
            foreach (var a in appends)
            {
                Assert.Equal(AppendStatus.Appended, (await store.AppendAsync(a, CancellationToken.None)).Status);
            }
        }));
        raw.Stop();

        // End to end: HTTP, load (snapshot + replay), decide, append.
        var clients = ids.Select(_ => Client(http, progressUser)).ToArray();
        var e2e = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            for (var n = 0; n < CommandsPerClient; n++)
            {
                var (status, body, _) = await clients[i].PostCommandAsync(id, new ReportProgress(Percentage.Of(50), $"http {n}"));
                Assert.True(status == 200, $"{status} {body}");
            }
        }));
        e2e.Stop();

        // The same through a host without the cache: every command loads the snapshot and replays the events after it.
        var uncachedPort = FreePort();
        await using var uncachedHost = new HostFactory(engine, database, clock, snapshotEvery: 20, cachedOrders: 0);
        uncachedHost.UseKestrel(o => o.Listen(IPAddress.Loopback, uncachedPort));
        uncachedHost.StartServer();
        using var uncachedHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{uncachedPort}") };
        var uncachedClients = ids.Select(_ => Client(uncachedHttp, progressUser)).ToArray();
        var uncached = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            for (var n = 0; n < CommandsPerClient; n++)
            {
                var (status, body, _) = await uncachedClients[i].PostCommandAsync(id, new ReportProgress(Percentage.Of(50), $"uncached {n}"));
                Assert.True(status == 200, $"{status} {body}");
            }
        }));
        uncached.Stop();

        var total = Clients * CommandsPerClient;
        var rawRate = total / raw.Elapsed.TotalSeconds;
        var e2eRate = total / e2e.Elapsed.TotalSeconds;
        var uncachedRate = total / uncached.Elapsed.TotalSeconds;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{engine.GetType().Name}: {Clients} clients x {CommandsPerClient} commands: end to end {e2eRate:F0} commands/s, raw append {rawRate:F0} appends/s, ratio {e2eRate / rawRate:F2}; without the cache {uncachedRate:F0} commands/s, ratio {uncachedRate / rawRate:F2}");
        output.WriteLine(line);
        var folder = Environment.GetEnvironmentVariable("ORDERKERNEL_TEST_ARTIFACTS") is { Length: > 0 } a ? a : Path.GetTempPath();
        Directory.CreateDirectory(folder);
        await File.AppendAllTextAsync(Path.Combine(folder, "host-load.txt"), line + "\n");
        foreach (var (id, appends) in ids.Zip(prepared))
        {
            Assert.Equal(appends[0].ExpectedVersion + (3L * CommandsPerClient), (await store.LoadAsync(id, CancellationToken.None))!.Version);
        }
    }

    private static HttpClient Client(HttpClient shared, string user)
    {
        var client = new HttpClient { BaseAddress = shared.BaseAddress };
        client.DefaultRequestHeaders.Add("X-User", user);
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The load run measures alone: xunit runs this collection after the parallel ones, with nothing beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "load";
}
