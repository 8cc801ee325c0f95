using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace OrderKernel.Host.Tests;

/// <summary>
/// Two real OS processes of the built host (<c>dotnet OrderKernel.Host.dll --urls …</c>) against one PostgreSQL
/// database: the concurrency check with its clients split over both. PostgreSQL only (a SQLite file is one machine's).
/// </summary>
public sealed class HostProcessTests(ITestOutputHelper output)
{
    private const int Clients = 8;

    [PostgresFact]
    public async Task ConcurrentClients_TwoHostOsProcessesOnOnePostgresDatabase_NoGapNoDuplicate()
    {
        var engine = new Engine.Postgres();
        var database = engine.NewDatabase();

        // The order is brought to production in-process with the scenario's clock; the processes run on the system clock.
        await using (var seed = new HostFactory(engine, database, new SettableClock(TvExport.Commands[0].At)))
        {
            foreach (var (at, user, command) in TvExport.Through(CommandKind.ReportProgress))
            {
                seed.Clock.Now = at;
                await seed.Client(user).PostCommandAsync(TvExport.OrderId, command);
            }
        }

        var actor = TvExport.Through(CommandKind.ReportProgress).Last().Actor;
        await using var first = HostProcess.Start(database, output);
        await using var second = HostProcess.Start(database, output);
        await Task.WhenAll(first.WaitUntilAnsweringAsync(), second.WaitUntilAnsweringAsync());
        Assert.NotEqual(first.ProcessId, second.ProcessId);

        var clients = Enumerable.Range(0, Clients).Select(i => (i % 2 == 0 ? first : second).Client(actor)).ToArray();
        try
        {
            await HostScenarios.RaceOnOneOrderAsync(clients, first.Client(actor));

            // Both processes read the same stream back.
            var a = (await first.Client(actor).GetOkAsync($"/orders/{TvExport.OrderId}/events")).ToJsonString();
            var b = (await second.Client(actor).GetOkAsync($"/orders/{TvExport.OrderId}/events")).ToJsonString();
            Assert.Equal(a, b);
            Assert.False(first.HasExited || second.HasExited);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }
}

/// <summary>A host started as its own OS process on a free loopback port; killed (with its children) on dispose.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly ITestOutputHelper _output;

    private HostProcess(Process process, Uri address, ITestOutputHelper output)
    {
        _process = process;
        Address = address;
        _output = output;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// The host as built next to this test project: samples/OrderKernel.Host/bin/&lt;configuration&gt;/&lt;framework&gt;/, run
    /// from that folder (its appsettings.json holds the users).
    /// </summary>
    public static string HostDll
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testBin.Name;
            var configuration = testBin.Parent!.Name;
            var root = testBin;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "OrderKernel.sln")))
            {
                root = root.Parent;
            }

            Assert.True(root is not null, $"no OrderKernel.sln above {AppContext.BaseDirectory}");
            var dll = Path.Combine(root.FullName, "samples", "OrderKernel.Host", "bin", configuration, framework, "OrderKernel.Host.dll");
            Assert.True(File.Exists(dll), $"the built host is missing: {dll}");
            return dll;
        }
    }

    public static HostProcess Start(string connectionString, ITestOutputHelper output)
    {
        var dll = HostDll;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", address.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__OrderKernel"] = connectionString;
        start.Environment["OrderKernel__ReminderIntervalSeconds"] = "0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, address, output);
        process.OutputDataReceived += (_, e) => host.Log(e.Data);
        process.ErrorDataReceived += (_, e) => host.Log(e.Data);
        Assert.True(process.Start(), "dotnet did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            Assert.False(_process.HasExited, $"host process {_process.Id} exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Logged()}");
            try
            {
                using var response = await http.GetAsync("/users");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail($"host process {_process.Id} on {Address} did not answer within 90 s:\n{Logged()}");
    }

    public HttpClient Client(string user)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-User", user);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(wait.Token);
        }
        finally
        {
            _output.WriteLine($"host process {_process.Id} on {Address}:\n{Logged()}");
            _process.Dispose();
        }
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private string Logged()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
