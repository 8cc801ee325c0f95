using NodaTime;
using OrderKernel.Host.Api;
using OrderKernel.Host.Identity;
using OrderKernel.Host.Reminders;
using OrderKernel.Host.Storage;
using OrderKernel.Policies;

namespace OrderKernel.Host;

/// <summary>Wires the host: storage engine, clock, policies, identity, API, page and reminders.</summary>
public static class HostSetup
{
    /// <summary>Registers the host's services.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddOrderKernelHost(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = HostSettings.From(configuration);
        services.AddSingleton(settings);
#pragma warning disable RS0030 // the host is where the clock lives: the kernel is handed its value per decision
        services.AddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.AddSingleton(OrderPolicies.Default);
        services.AddSingleton(new UserDirectory(configuration.GetSection("Users").Get<List<HostUser>>() ?? []));
        services.AddSingleton<IOrderStore>(sp =>
        {
            var s = sp.GetRequiredService<HostSettings>();
            var clock = sp.GetRequiredService<IClock>();
            return s.PostgresConnectionString is { } pg
                ? new PostgresOrderStore(pg, clock, s.SnapshotEvery)
                : new SqliteOrderStore(s.SqlitePath, clock, s.SnapshotEvery);
        });
        services.AddSingleton(sp => new OrderStateCache(sp.GetRequiredService<HostSettings>().CachedOrders));
        services.AddHostedService<StoreInitializer>();
        services.AddSingleton<OrderCommands>();
        services.AddSingleton<ReminderScanner>();
        services.AddHostedService<ReminderService>();
        services.AddProblemDetails();
        services.AddAuthentication(DevelopmentAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, DevelopmentAuthenticationHandler>(DevelopmentAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }

    /// <summary>Adds the middleware, the page and the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static WebApplication UseOrderKernelHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (CorruptStreamException e) when (!http.Response.HasStarted)
            {
                app.Logger.LogError(e, "Corrupt stream {OrderId} at version {Version}", e.OrderId, e.Version);
                await Problems.FromCorrupt(e).ExecuteAsync(http);
            }
        });
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOrderEndpoints();
        return app;
    }

    private sealed class StoreInitializer(IOrderStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
