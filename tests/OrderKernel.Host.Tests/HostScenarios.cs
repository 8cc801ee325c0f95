using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OrderKernel.Host.Reminders;
using OrderKernel.Host.Storage;
using OrderKernel.Serialization;
using Xunit;

namespace OrderKernel.Host.Tests;

/// <summary>The host's checks, run against each engine (SQLite always, PostgreSQL when CI provides a server).</summary>
public sealed class HostScenarios(Engine engine)
{
    private static readonly Instant Start = TvExport.Commands[0].At;

    /// <summary>
    /// The sample's TV export order driven over HTTP, step by step beside the kernel in memory: every accepted command
    /// gives the same version, every refusal the same violations as problem details; the stored order replays to the
    /// kernel's final state, and the counts match the sample's own run.
    /// </summary>
    public async Task TvExportScenario_OverHttp_MatchesTheKernelStepByStep()
    {
        var database = engine.NewDatabase();
        await using var host = new HostFactory(engine, database, new SettableClock(Start));
        Order? expected = null;
        var (accepted, refused) = (0, 0);
        foreach (var (at, user, command) in TvExport.Commands)
        {
            host.Clock.Now = at;
            var decision = OrderDecider.Decide(expected, command, DecisionContext.Create(at, TvExport.Actor(user), TvExport.Policies));
            var (status, body, mediaType) = await host.Client(user).PostCommandAsync(TvExport.OrderId, command);
            if (decision.TryGetAccepted(out var ok, out var no))
            {
                Assert.True(status == 200, $"{command.Kind} by {user}: {status} {body}");
                expected = ok.State;
                Assert.Equal(expected.Version, (long)body!["version"]!);
                accepted++;
            }
            else
            {
                Assert.True(status == 422, $"{command.Kind} by {user}: expected a refusal, got {status} {body}");
                Assert.Equal("application/problem+json", mediaType);
                Assert.Equal("urn:orderkernel:problem:refused", (string?)body!["type"]);
                var violations = body["violations"]!.AsArray();
                Assert.Equal(no.Violations.Select(v => (v.Code, v.Rule, v.Message)), violations.Select(v => ((string)v!["code"]!, (string)v["rule"]!, (string)v["message"]!)));
                Assert.Equal(no.Violations[0].Message, (string?)body["detail"]);
                refused++;
            }
        }

        Assert.Equal(TvExportScenarioCounts(), (accepted, refused));
        var read = await host.Client("u-fin").GetOkAsync($"/orders/{TvExport.OrderId}");
        Assert.Equal(expected, ReadSnapshot(read));
        Assert.Equal("Closed", (string?)read["status"]);
        Assert.NotNull(read["statement"]);
        Assert.NotNull(read["penalty"]);
        Assert.NotEmpty(read["penalty"]!["trace"]!.AsArray());
        Assert.NotEmpty(read["deadlines"]!.AsArray());
        var events = (await host.Client("u-fin").GetOkAsync($"/orders/{TvExport.OrderId}/events")).AsArray();
        Assert.Equal(Enumerable.Range(1, (int)expected!.Version).Select(i => (long)i), events.Select(e => (long)e!["version"]!));
        Assert.Equal(expected, OrderDecider.Replay(events.Select(e => ReadEvent(e!["event"]!))));
    }

    /// <summary>Refusals and failures are RFC 9457 problem details; an unauthenticated request is 401.</summary>
    public async Task Refusals_AreProblemDetails_WithTheKernelsCodesRulesAndMessages()
    {
        await using var host = new HostFactory(engine, engine.NewDatabase(), new SettableClock(Start));
        var (receiveAt, sales, receive) = TvExport.Commands[0];
        host.Clock.Now = receiveAt;

        // The warehouse may not receive orders: the kernel's authorization refuses, the host only reports it.
        var (status, body, mediaType) = await host.Client("u-wh").PostCommandAsync(TvExport.OrderId, receive);
        Assert.Equal(422, status);
        Assert.Equal("application/problem+json", mediaType);
        var expected = OrderDecider.Decide(null, receive, DecisionContext.Create(receiveAt, TvExport.Actor("u-wh"), TvExport.Policies)).Rejected!;
        Assert.Equal(expected.Violations[0].Code, (string?)body!["violations"]![0]!["code"]);
        Assert.Equal(expected.Violations[0].Rule, (string?)body["violations"]![0]!["rule"]);
        Assert.Equal(422, (int)body["status"]!);

        Assert.Equal(200, (await host.Client(sales).PostCommandAsync(TvExport.OrderId, receive)).Status);
        var ship = await host.Client("u-wh").PostCommandAsync(TvExport.OrderId, """{"type":"ship.v1","carrier":"c","carrierIdentity":"d","waybill":"w","documents":[],"lines":[]}""");
        Assert.Equal(422, ship.Status);
        Assert.NotEmpty(ship.Body!["violations"]!.AsArray());

        using var anonymous = host.CreateClient();
        Assert.Equal(401, (await anonymous.PostCommandAsync(TvExport.OrderId, receive)).Status);
        var missing = await host.Client("u-sales").GetJsonAsync("/orders/no-such-order");
        Assert.Equal(404, missing.Status);
        Assert.Equal("urn:orderkernel:problem:not-found", (string?)missing.Body!["type"]);
    }

    /// <summary>A retry with the same Idempotency-Key answers as before and appends nothing; the store remembers keys too.</summary>
    public async Task IdempotentRetry_AppendsNothing_AndAnswersTheSameVersion()
    {
        var database = engine.NewDatabase();
        await using var host = new HostFactory(engine, database, new SettableClock(Start));
        var steps = TvExport.Commands.Take(2).ToArray();
        host.Clock.Now = steps[0].At;
        Assert.Equal(200, (await host.Client(steps[0].Actor).PostCommandAsync(TvExport.OrderId, steps[0].Command, "key-receive")).Status);
        host.Clock.Now = steps[1].At;
        var first = await host.Client(steps[1].Actor).PostCommandAsync(TvExport.OrderId, steps[1].Command, "key-record");
        var retry = await host.Client(steps[1].Actor).PostCommandAsync(TvExport.OrderId, steps[1].Command, "key-record");
        Assert.Equal(200, first.Status);
        Assert.Equal(200, retry.Status);
        Assert.False((bool)first.Body!["duplicate"]!);
        Assert.True((bool)retry.Body!["duplicate"]!);
        Assert.Equal((long)first.Body["version"]!, (long)retry.Body["version"]!);
        Assert.Empty(retry.Body["events"]!.AsArray());
        var events = (await host.Client("u-sales").GetOkAsync($"/orders/{TvExport.OrderId}/events")).AsArray();
        Assert.Equal((long)first.Body["version"]!, events.Count);

        // The same key on another command is refused by the kernel (the host re-implements nothing).
        var reused = await host.Client(steps[0].Actor).PostCommandAsync(TvExport.OrderId, TvExport.Commands[2].Command, "key-record");
        Assert.Equal(422, reused.Status);
        Assert.Equal("idempotency.key-reused", (string?)reused.Body!["violations"]![0]!["code"]);

        // Beyond the kernel's window the store's remembered keys answer: an append with a used key writes nothing.
        var store = host.Services.GetRequiredService<IOrderStore>();
        var state = await store.LoadAsync(TvExport.OrderId, CancellationToken.None);
        var again = OrderDecider.Decide(state, TvExport.Commands[2].Command with { IdempotencyKey = "key-receive-2" }, DecisionContext.Create(TvExport.Commands[2].At, TvExport.Actor(TvExport.Commands[2].Actor), TvExport.Policies)).Accepted!;
        var outcome = await store.AppendAsync(new AppendRequest(TvExport.OrderId, state!.Version, again.Events, again.State, "key-record"), CancellationToken.None);
        Assert.Equal(new AppendOutcome(AppendStatus.Duplicate, (long)first.Body["version"]!), outcome);
        Assert.Equal(state.Version, (await store.LoadAsync(TvExport.OrderId, CancellationToken.None))!.Version);
    }

    /// <summary>Bad JSON is 400 with the reader's kind and path.</summary>
    public async Task BadJson_Is400_WithKindAndPath()
    {
        await using var host = new HostFactory(engine, engine.NewDatabase(), new SettableClock(Start));
        var client = host.Client("u-sales");
        var cases = new (string Json, string Kind, string Path)[]
        {
            ("{\"type\":\"record-order.v1\",\"sequence\":\"x\"}", "WrongType", "$.sequence"),
            ("{\"type\":\"record-order.v9\"}", "UnknownDiscriminator", "$.type"),
            ("{\"type\":\"record-order.v1\",\"sequence\":1,\"extra\":1}", "UnknownProperty", "$.extra"),
            ("{\"type\":", "MalformedJson", "$"),
        };
        foreach (var (json, kind, path) in cases)
        {
            var (status, body, mediaType) = await client.PostCommandAsync(TvExport.OrderId, json);
            Assert.True(status == 400, $"{json}: {status} {body}");
            Assert.Equal("application/problem+json", mediaType);
            Assert.Equal(kind, (string?)body!["kind"]);
            Assert.StartsWith(path, (string?)body["path"], StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Many clients decide on one order at once with the version they read: exactly one write per version wins, the
    /// losers get 409 with the current version and succeed on retry; the stream has no gap and no duplicate. With
    /// <paramref name="hosts"/> above one, the clients are spread over several host instances sharing the database.
    /// </summary>
    public async Task ConcurrentClients_OneWinnerPerVersion_LosersRetry_NoGapNoDuplicate(int hosts)
    {
        const int Clients = 8;
        var database = engine.NewDatabase();
        var clock = new SettableClock(Start);
        var factories = Enumerable.Range(0, hosts).Select(_ => new HostFactory(engine, database, clock)).ToArray();
        try
        {
            var seed = factories[0];
            foreach (var (at, user, command) in TvExport.Through(CommandKind.ReportProgress))
            {
                clock.Now = at;
                await seed.Client(user).PostCommandAsync(TvExport.OrderId, command);
            }

            var progress = TvExport.Through(CommandKind.ReportProgress).Last();
            var clients = Enumerable.Range(0, Clients).Select(i => factories[i % hosts].Client(progress.Actor)).ToArray();
            await RaceOnOneOrderAsync(clients, seed.Client(progress.Actor));
        }
        finally
        {
            foreach (var f in factories)
            {
                await f.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The concurrency check itself: every client sends ReportProgress at once with the version it read as If-Match;
    /// exactly one write per version wins, the losers get 409 with the current version and retry until they win; the
    /// stream (read through <paramref name="reader"/>) then has no gap and holds each client's event once.
    /// </summary>
    /// <param name="clients">The clients, possibly spread over several hosts or processes.</param>
    /// <param name="reader">A client for reading the order back.</param>
    public static async Task RaceOnOneOrderAsync(IReadOnlyList<HttpClient> clients, HttpClient reader)
    {
        var start = (long)(await reader.GetOkAsync($"/orders/{TvExport.OrderId}"))["version"]!;
        using var gate = new SemaphoreSlim(0);
        var tasks = clients.Select(async (client, i) =>
        {
            await gate.WaitAsync();
            var conflicts = new List<long>();
            var version = start;
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var command = new ReportProgress(Percentage.Of(50), $"client {i}");
                var (status, body, _) = await client.PostCommandAsync(TvExport.OrderId, command, $"client-{i}", version);
                if (status == 200)
                {
                    return (Won: (long)body!["version"]!, Conflicts: conflicts);
                }

                Assert.True(status == 409, $"client {i}: {status} {body}");
                version = (long)body!["currentVersion"]!;
                conflicts.Add(version);
            }

            throw new InvalidOperationException($"client {i} never won");
        }).ToArray();
        gate.Release(clients.Count);
        var results = await Task.WhenAll(tasks);

        Assert.Equal(clients.Count, results.Select(r => r.Won).Distinct().Count());
        Assert.Contains(results, r => r.Conflicts.Count > 0);
        var events = (await reader.GetOkAsync($"/orders/{TvExport.OrderId}/events")).AsArray();
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => (long)e!["version"]!));
        Assert.Equal(clients.Count, events.Count(e => ((string)e!["type"]!).StartsWith("progress-reported", StringComparison.Ordinal) && ((string?)e["event"]!["note"])?.StartsWith("client ", StringComparison.Ordinal) == true));
        Assert.Equal(results.Max(r => r.Won), events.Count);
    }

    /// <summary>
    /// The write path's cached state is only a starting point: after another host instance appended to the stream, a
    /// command with the cached version as If-Match is 409 with the newer version, and one without is decided on the
    /// newer stream (its events are caught up first), never on the cached state.
    /// </summary>
    public async Task CachedState_NeverWinsOverANewerStreamFromAnotherHost()
    {
        var database = engine.NewDatabase();
        var clock = new SettableClock(Start);
        await using var a = new HostFactory(engine, database, clock);
        await using var b = new HostFactory(engine, database, clock);
        foreach (var (at, user, command) in TvExport.Through(CommandKind.ReportProgress))
        {
            clock.Now = at;
            await a.Client(user).PostCommandAsync(TvExport.OrderId, command);
        }

        var actor = TvExport.Through(CommandKind.ReportProgress).Last().Actor;
        var cache = a.Services.GetRequiredService<OrderStateCache>();
        var held = cache.Get(TvExport.OrderId);
        Assert.NotNull(held);
        foreach (var n in new[] { 1, 2 })
        {
            Assert.Equal(200, (await b.Client(actor).PostCommandAsync(TvExport.OrderId, new ReportProgress(Percentage.Of(50), $"host b {n}"))).Status);
        }

        var newer = (long)(await b.Client(actor).GetOkAsync($"/orders/{TvExport.OrderId}"))["version"]!;
        Assert.True(newer > held.Version);
        Assert.Equal(held, cache.Get(TvExport.OrderId));

        var stale = await a.Client(actor).PostCommandAsync(TvExport.OrderId, new ReportProgress(Percentage.Of(50), "host a, stale"), ifMatch: held.Version);
        Assert.Equal(409, stale.Status);
        Assert.Equal(newer, (long)stale.Body!["currentVersion"]!);

        var fresh = await a.Client(actor).PostCommandAsync(TvExport.OrderId, new ReportProgress(Percentage.Of(50), "host a"));
        Assert.True(fresh.Status == 200, $"{fresh.Status} {fresh.Body}");
        var events = (await b.Client(actor).GetOkAsync($"/orders/{TvExport.OrderId}/events")).AsArray();
        Assert.Equal((long)fresh.Body!["version"]!, events.Count);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => (long)e!["version"]!));
        Assert.Equal(OrderDecider.Replay(events.Select(e => ReadEvent(e!["event"]!))), cache.Get(TvExport.OrderId));
    }

    /// <summary>
    /// Another writer appends between the write path's catch-up and its append: the expected-version check refuses the
    /// append (409 with the current version), the cache entry is dropped, and the retry decides on the newer stream.
    /// </summary>
    public async Task AppendOvertakenAfterCatchUp_Is409_DropsTheCacheEntry_AndTheRetrySucceeds()
    {
        var database = engine.NewDatabase();
        var clock = new SettableClock(Start);
        var racing = new InterleavingStore(engine.Store(database, clock, 7));
        await using var a = new HostFactory(engine, database, clock, store: _ => racing);
        await using var b = new HostFactory(engine, database, clock);
        foreach (var (at, user, command) in TvExport.Through(CommandKind.ReportProgress))
        {
            clock.Now = at;
            await a.Client(user).PostCommandAsync(TvExport.OrderId, command);
        }

        var actor = TvExport.Through(CommandKind.ReportProgress).Last().Actor;
        var cache = a.Services.GetRequiredService<OrderStateCache>();
        var held = cache.Get(TvExport.OrderId)!;
        racing.BeforeNextAppend = async () => Assert.Equal(200, (await b.Client(actor).PostCommandAsync(TvExport.OrderId, new ReportProgress(Percentage.Of(50), "host b"))).Status);

        var lost = await a.Client(actor).PostCommandAsync(TvExport.OrderId, new ReportProgress(Percentage.Of(50), "host a"));
        Assert.True(lost.Status == 409, $"{lost.Status} {lost.Body}");
        var current = (long)lost.Body!["currentVersion"]!;
        Assert.True(current > held.Version);
        Assert.Null(cache.Get(TvExport.OrderId));

        var retry = await a.Client(actor).PostCommandAsync(TvExport.OrderId, new ReportProgress(Percentage.Of(50), "host a"));
        Assert.True(retry.Status == 200, $"{retry.Status} {retry.Body}");
        Assert.Equal(current + (current - held.Version), (long)retry.Body!["version"]!);
        var events = (await b.Client(actor).GetOkAsync($"/orders/{TvExport.OrderId}/events")).AsArray();
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => (long)e!["version"]!));
        Assert.Equal((long)retry.Body["version"]!, events.Count);
    }

    /// <summary>
    /// A transaction aborted in the middle of an append leaves no event of the decision behind; a restarted host replays
    /// the stored order to the same state, and with the same answer as before.
    /// </summary>
    public async Task AbortedAppend_LeavesNothing_AndRestartReplaysTheSameState()
    {
        var database = engine.NewDatabase();
        var clock = new SettableClock(Start);
        var fail = false;
        var steps = TvExport.Through(CommandKind.SignContract).ToArray();
        string before;
        long version;
        await using (var host = new HostFactory(engine, database, clock, store: _ => engine.Store(database, clock, 7, i =>
        {
            if (fail && i == 0)
            {
                throw new IOException("power cut after the first row");
            }
        })))
        {
            foreach (var (at, user, command) in steps[..^1])
            {
                clock.Now = at;
                await host.Client(user).PostCommandAsync(TvExport.OrderId, command);
            }

            var read = await host.Client("u-sales").GetOkAsync($"/orders/{TvExport.OrderId}");
            before = read["snapshot"]!.ToJsonString();
            version = (long)read["version"]!;
            fail = true;
            clock.Now = steps[^1].At;
            var threw = false;
            try
            {
                var (status, _, _) = await host.Client(steps[^1].Actor).PostCommandAsync(TvExport.OrderId, steps[^1].Command);
                threw = status == 500;
            }
            catch (IOException)
            {
                threw = true;
            }

            Assert.True(threw);
            fail = false;
            var after = await host.Client("u-sales").GetOkAsync($"/orders/{TvExport.OrderId}");
            Assert.Equal(version, (long)after["version"]!);
            Assert.Equal(version, (await host.Client("u-sales").GetOkAsync($"/orders/{TvExport.OrderId}/events")).AsArray().Count);
        }

        await using (var restarted = new HostFactory(engine, database, clock))
        {
            var read = await restarted.Client("u-sales").GetOkAsync($"/orders/{TvExport.OrderId}");
            Assert.Equal(before, read["snapshot"]!.ToJsonString());
            var retry = await restarted.Client(steps[^1].Actor).PostCommandAsync(TvExport.OrderId, steps[^1].Command);
            Assert.Equal(200, retry.Status);
        }
    }

    /// <summary>A corrupt stored event is reported (500 problem naming the row), never skipped; so is a gap.</summary>
    public async Task CorruptStoredEvent_IsReported_NotSkipped()
    {
        var database = engine.NewDatabase();
        await using var host = new HostFactory(engine, database, new SettableClock(Start), snapshotEvery: 100);
        foreach (var (at, user, command) in TvExport.Commands.Take(4))
        {
            host.Clock.Now = at;
            await host.Client(user).PostCommandAsync(TvExport.OrderId, command);
        }

        await engine.ExecuteAsync(database, $"UPDATE ok_events SET body = '{{\"type\":\"order-recorded.v1\",\"garbage\":true}}' WHERE stream = '{TvExport.OrderId}' AND version = 2");
        foreach (var path in new[] { $"/orders/{TvExport.OrderId}", $"/orders/{TvExport.OrderId}/events" })
        {
            var (status, body) = await host.Client("u-sales").GetJsonAsync(path);
            Assert.True(status == 500, $"{path}: {status} {body}");
            Assert.Equal("urn:orderkernel:problem:corrupt-stream", (string?)body!["type"]);
            Assert.Equal(2, (long)body["version"]!);
            Assert.Contains("at version 2 of order", (string?)body["detail"], StringComparison.Ordinal);
        }

        // A process that has not held the order yet loads it whole and refuses to decide on it. (The process that wrote
        // those rows decides from the state it read while they were sound; its reads above load whole and report it.)
        await using (var cold = new HostFactory(engine, database, host.Clock, snapshotEvery: 100))
        {
            var submit = await cold.Client(TvExport.Commands[4].Actor).PostCommandAsync(TvExport.OrderId, TvExport.Commands[4].Command);
            Assert.Equal(500, submit.Status);
        }

        await engine.ExecuteAsync(database, $"DELETE FROM ok_events WHERE stream = '{TvExport.OrderId}' AND version = 2");
        var gap = await host.Client("u-sales").GetJsonAsync($"/orders/{TvExport.OrderId}");
        Assert.Equal(500, gap.Status);
        Assert.Contains("jumps", (string?)gap.Body!["detail"], StringComparison.Ordinal);
    }

    /// <summary>An event stored in the host's older shape (order-recorded.v0) is upcast on reading.</summary>
    public async Task OldEventShape_IsUpcastOnReading()
    {
        var database = engine.NewDatabase();
        await using var host = new HostFactory(engine, database, new SettableClock(Start), snapshotEvery: 100);
        foreach (var (at, user, command) in TvExport.Commands.Take(2))
        {
            host.Clock.Now = at;
            await host.Client(user).PostCommandAsync(TvExport.OrderId, command);
        }

        var current = await host.Client("u-sales").GetOkAsync($"/orders/{TvExport.OrderId}");
        var stored = (await host.Client("u-sales").GetOkAsync($"/orders/{TvExport.OrderId}/events"))[1]!["event"]!.AsObject();
        Assert.Equal("order-recorded.v1", (string?)stored["type"]);
        var old = JsonNode.Parse(stored.ToJsonString())!.AsObject();
        old["type"] = "order-recorded.v0";
        old["number"] = old["orderNumber"]!.DeepClone();
        old.Remove("orderNumber");
        await engine.ExecuteAsync(database, $"UPDATE ok_events SET type = 'order-recorded.v0', body = '{old.ToJsonString().Replace("'", "''", StringComparison.Ordinal)}' WHERE stream = '{TvExport.OrderId}' AND version = 2");
        var upcast = await host.Client("u-sales").GetOkAsync($"/orders/{TvExport.OrderId}");
        Assert.Equal(current["snapshot"]!.ToJsonString(), upcast["snapshot"]!.ToJsonString());
    }

    /// <summary>The reminder scan records at-risk and overdue notices once; the list shows the service-level state.</summary>
    public async Task Reminders_RecordOverdueNoticesOnce_AndTheListShowsTheServiceLevel()
    {
        await using var host = new HostFactory(engine, engine.NewDatabase(), new SettableClock(Start));
        var (at, user, command) = TvExport.Commands[0];
        host.Clock.Now = at;
        await host.Client(user).PostCommandAsync(TvExport.OrderId, command);
        var list = (await host.Client(user).GetOkAsync("/orders")).AsArray();
        Assert.NotEqual("overdue", (string?)list.Single()!["serviceLevel"]);

        host.Clock.Now = at.Plus(Duration.FromDays(30));
        list = (await host.Client(user).GetOkAsync("/orders")).AsArray();
        Assert.Equal("overdue", (string?)list.Single()!["serviceLevel"]);
        var scanner = host.Services.GetRequiredService<ReminderScanner>();
        Assert.True(await scanner.ScanAsync(CancellationToken.None) > 0);
        Assert.Equal(0, await scanner.ScanAsync(CancellationToken.None));
        var notices = (await host.Client(user).GetOkAsync($"/orders/{TvExport.OrderId}"))["notices"]!.AsArray();
        Assert.Contains(notices, n => (string?)n!["state"] == "Overdue");
    }

    private static (int, int) TvExportScenarioCounts() => OrderKernel.Sample.TvExportScenario.Run().Counts;

    private static Order ReadSnapshot(JsonNode view) => OrderKernelJson.ReadSnapshot(view["snapshot"]!.ToJsonString()).AsT0;

    private static OrderEvent ReadEvent(JsonNode e) => OrderKernelJson.ReadEvent(e.ToJsonString()).AsT0;
}
