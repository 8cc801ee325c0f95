using NodaTime;
using OrderKernel.Host.Api;
using OrderKernel.Host.Storage;
using OrderKernel.Policies;

namespace OrderKernel.Host.Reminders;

/// <summary>
/// Scans the open orders with the kernel's service-level monitor and records an at-risk or overdue notice once per
/// deadline and state. The kernel schedules nothing: this is where a host does (send the mail, page the manager).
/// </summary>
/// <param name="store">The store.</param>
/// <param name="clock">The clock.</param>
/// <param name="policies">The policies.</param>
/// <param name="settings">The settings.</param>
/// <param name="logger">The log.</param>
public sealed class ReminderScanner(IOrderStore store, IClock clock, OrderPolicies policies, HostSettings settings, ILogger<ReminderScanner> logger)
{
    /// <summary>Scans once.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The number of new notices.</returns>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var recorded = 0;
        foreach (var id in await store.ListOrderIdsAsync(cancellationToken))
        {
            Order? order;
            try
            {
                order = await store.LoadAsync(id, cancellationToken);
            }
            catch (CorruptStreamException e)
            {
                logger.LogError(e, "Reminders: order {OrderId} cannot be read", id);
                continue;
            }

            if (order is null || order.IsTerminal)
            {
                continue;
            }

            foreach (var breach in ServiceLevelMonitor.Breaches(order, now, policies.ServiceLevels, settings.WarnWithin))
            {
                var notice = new Notice(id, breach.Deadline.Level.Step.ToString(), breach.State.ToString(), OrderViews.Iso(breach.Deadline.DueAt), OrderViews.Iso(now));
                if (await store.RecordNoticeAsync(notice, cancellationToken))
                {
                    recorded++;
                    logger.LogWarning("Order {OrderId}: {Step} is {State} (due {DueAt})", id, notice.Step, notice.State, notice.DueAt);
                }
            }
        }

        return recorded;
    }
}

/// <summary>Runs the scanner on a timer.</summary>
/// <param name="scanner">The scanner.</param>
/// <param name="settings">The settings.</param>
/// <param name="logger">The log.</param>
public sealed class ReminderService(ReminderScanner scanner, HostSettings settings, ILogger<ReminderService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.ReminderInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.ReminderInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await scanner.ScanAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder scan failed");
            }
        }
    }
}
