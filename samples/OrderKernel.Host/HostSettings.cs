using NodaTime;

namespace OrderKernel.Host;

/// <summary>The host's settings (configuration section <c>OrderKernel</c>).</summary>
public sealed record HostSettings
{
    /// <summary>Gets the SQLite file used when no PostgreSQL connection string is configured.</summary>
    public string SqlitePath { get; init; } = "data/orderkernel.db";

    /// <summary>Gets the PostgreSQL connection string (<c>ConnectionStrings:OrderKernel</c>); SQLite when empty.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>Gets the snapshot interval in events.</summary>
    public int SnapshotEvery { get; init; } = 20;

    /// <summary>Gets how close to a deadline counts as at risk.</summary>
    public Duration WarnWithin { get; init; } = Duration.FromHours(4);

    /// <summary>Gets how often the reminder service scans open orders; zero turns it off.</summary>
    public TimeSpan ReminderInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets how many orders' last states the write path keeps in memory; zero turns the cache off.</summary>
    public int CachedOrders { get; init; } = 10_000;

    /// <summary>Reads the settings from configuration.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The settings.</returns>
    public static HostSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("OrderKernel");
        var defaults = new HostSettings();
        return new HostSettings
        {
            SqlitePath = section["SqlitePath"] ?? defaults.SqlitePath,
            PostgresConnectionString = configuration.GetConnectionString("OrderKernel") is { Length: > 0 } pg ? pg : null,
            SnapshotEvery = section.GetValue("SnapshotEvery", defaults.SnapshotEvery),
            WarnWithin = Duration.FromMinutes(section.GetValue("WarnWithinMinutes", defaults.WarnWithin.TotalMinutes)),
            CachedOrders = section.GetValue("CachedOrders", defaults.CachedOrders),
            ReminderInterval = TimeSpan.FromSeconds(section.GetValue("ReminderIntervalSeconds", defaults.ReminderInterval.TotalSeconds)),
        };
    }
}
