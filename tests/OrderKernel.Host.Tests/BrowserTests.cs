using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using NodaTime;
using OrderKernel.Serialization;
using Xunit;

namespace OrderKernel.Host.Tests;

/// <summary>Runs when Debian's Chromium is there (.ci/run installs it when missing).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserTests.Chromium() is null)
        {
            Skip = "The browser test needs Debian's chromium (apt-get install -y chromium; .ci/run installs it) or ORDERKERNEL_TEST_CHROMIUM.";
        }
    }
}

/// <summary>
/// The page in a real headless Chromium against the real server on 127.0.0.1: an order is opened, buttons are pressed
/// through the happy path (forms filled with the sample's own commands), Ship is disabled with the unpaid
/// balance as the reason until finance records the balance; screenshots go to artifacts/host-browser.
/// </summary>
public sealed class BrowserTests
{
    // Closed network: no background traffic, no component updates, no QUIC (engineering notes).
    private static readonly string[] Flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    public static string? Chromium()
    {
        if (Environment.GetEnvironmentVariable("ORDERKERNEL_TEST_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);
    }

    [BrowserFact]
    public async Task Page_HappyPathThroughButtons_ShipDisabledWithTheUnpaidBalanceAsItsReason()
    {
        var engine = new Engine.Sqlite();
        var clock = new SettableClock(TvExport.Commands[0].At);
        var port = FreePort();
        await using var host = new HostFactory(engine, engine.NewDatabase(), clock);
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        host.StartServer();
        var baseUrl = $"http://127.0.0.1:{port}";

        // Seed over HTTP up to the end of production's exceptions; the rest happens in the browser.
        var steps = TvExport.Commands.ToList();
        var seedUntil = steps.FindIndex(s => s.Command.Kind == CommandKind.CompleteProduction);
        using (var api = new HttpClient { BaseAddress = new Uri(baseUrl) })
        {
            foreach (var (at, user, command) in steps.Take(seedUntil))
            {
                clock.Now = at;
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/orders/{TvExport.OrderId}/commands") { Content = new StringContent(OrderKernelJson.Write(command), System.Text.Encoding.UTF8, "application/json") };
                request.Headers.Add("X-User", user);
                using var response = await api.SendAsync(request);
            }
        }

        using var playwright = await Playwright.CreateAsync();
        // LaunchAsync gives the browser a fresh temporary profile of its own (a --user-data-dir flag is refused).
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium(), Headless = true, Args = Flags });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1600 } });
        await page.GotoAsync($"{baseUrl}/");
        await page.WaitForSelectorAsync("#orders");
        await page.ClickAsync($"a[href='#/orders/{TvExport.OrderId}']");
        await page.WaitForSelectorAsync("#order-title");

        var index = seedUntil;
        async Task Step(CommandKind kind, bool form)
        {
            index = steps.FindIndex(index, s => s.Command.Kind == kind);
            var (at, user, command) = steps[index++];
            clock.Now = at;
            await ActAs(page, user);
            var button = page.Locator($"#commands button[data-kind='{kind}']");
            Assert.True(await button.IsEnabledAsync(), $"{kind} should be enabled for {user}: {await button.GetAttributeAsync("title")}");
            await button.ClickAsync();
            if (form)
            {
                await page.FillAsync("#command-form textarea", OrderKernelJson.Write(command));
                await page.ClickAsync("#submit-command");
            }

            await page.WaitForSelectorAsync("#outcome");
            Assert.Equal("ok", await page.GetAttributeAsync("#outcome", "class"));
        }

        await Step(CommandKind.CompleteProduction, form: false);
        await Step(CommandKind.RecordInspection, form: true);
        await Step(CommandKind.CompleteStep, form: true);

        // Shipping waits for the balance. The warehouse sees Ship disabled with the unpaid balance as its reason (the
        // kernel's first reason: the refusal of Release for shipment, its prerequisite); the vice-president sees Release
        // for shipment disabled with the same reason.
        await ActAs(page, "u-wh");
        var ship = page.Locator("#commands button[data-kind='Ship']");
        Assert.True(await ship.IsDisabledAsync());
        var shipReason = await ship.GetAttributeAsync("title");
        Assert.StartsWith("Needs ReleaseForShipment first: ", shipReason, StringComparison.Ordinal);
        Assert.Contains("119,000.00 USD is still unpaid of the 170,000.00 USD due before shipment", shipReason, StringComparison.Ordinal);
        Assert.Contains(ViolationCodes.PaymentDueBeforeShipment, shipReason, StringComparison.Ordinal);
        await Screenshot(page, "ship-disabled-unpaid-balance.png");
        await ActAs(page, "u-vp");
        var release = page.Locator("#commands button[data-kind='ReleaseForShipment']");
        Assert.True(await release.IsDisabledAsync());
        var reason = await release.GetAttributeAsync("title");
        Assert.Contains("119,000.00 USD is still unpaid of the 170,000.00 USD due before shipment", reason, StringComparison.Ordinal);
        await Screenshot(page, "release-disabled-unpaid-balance.png");

        // Finance records the balance, the vice-president releases, the warehouse ships.
        index = steps.FindIndex(index, s => s.Command is ConfirmPayment);
        await Step(CommandKind.ConfirmPayment, form: true);
        await Step(CommandKind.ReleaseForShipment, form: false);
        await Step(CommandKind.Ship, form: true);
        Assert.Equal("Shipped", await page.TextContentAsync("#status"));
        Assert.True(await page.Locator("#timeline tbody tr").CountAsync() > 30);
        await Screenshot(page, "shipped.png");
    }

    private static async Task ActAs(IPage page, string user)
    {
        if (await page.InputValueAsync("#user") != user)
        {
            await page.SelectOptionAsync("#user", user);
            await page.WaitForFunctionAsync($"document.querySelector('#order-title') && document.body.innerText.includes('can do now') && document.cookie.includes('ok-user={user}')");
        }

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#commands button");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("ORDERKERNEL_TEST_ARTIFACTS") is { Length: > 0 } a ? a : Path.Combine(RepoRoot(), "artifacts"), "host-browser");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 1000);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OrderKernel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Path.GetTempPath();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
